public import Foundation

/// The registered claims as read from a payload, each checked for its type: strings for `iss`, `sub`,
/// `aud`, `jti`; RFC 3339 strings for `exp`, `nbf`, `iat`.
public struct RegisteredClaims: Hashable, Sendable {
    /// `iss`.
    public var issuer: String?
    /// `sub`.
    public var subject: String?
    /// `aud`.
    public var audience: String?
    /// `exp`.
    public var expiration: Date?
    /// `nbf`.
    public var notBefore: Date?
    /// `iat`.
    public var issuedAt: Date?
    /// `jti`.
    public var tokenID: String?

    /// Registered claims with the given values (all absent by default).
    public init(
        issuer: String? = nil,
        subject: String? = nil,
        audience: String? = nil,
        expiration: Date? = nil,
        notBefore: Date? = nil,
        issuedAt: Date? = nil,
        tokenID: String? = nil
    ) {
        self.issuer = issuer
        self.subject = subject
        self.audience = audience
        self.expiration = expiration
        self.notBefore = notBefore
        self.issuedAt = issuedAt
        self.tokenID = tokenID
    }

    /// Reads the registered claims of `object`.
    ///
    /// - Throws: ``PasetoError`` `invalid-claim`, naming the claim, when one has the wrong type or form.
    package init(reading object: JSONObject) throws {
        // One pass over the members: this runs for every verified token.
        for member in object.members where member.name.utf8.count == 3 {  // every registered name has 3 letters
            switch member.name {
            case RegisteredClaim.issuer: issuer = try Self.string(member)
            case RegisteredClaim.subject: subject = try Self.string(member)
            case RegisteredClaim.audience: audience = try Self.string(member)
            case RegisteredClaim.tokenID: tokenID = try Self.string(member)
            case RegisteredClaim.expiration: expiration = try Self.time(member)
            case RegisteredClaim.notBefore: notBefore = try Self.time(member)
            case RegisteredClaim.issuedAt: issuedAt = try Self.time(member)
            default: continue
            }
        }
    }

    private static func string(_ member: JSONObject.Member) throws -> String? {
        let name = member.name
        switch member.value {
        case .string(let text): return text
        case let other:
            throw PasetoError.make(.invalidClaim, "\(name) must be a string, not \(other.kindWithArticle)", claim: name)
        }
    }

    private static func time(_ member: JSONObject.Member) throws -> Date? {
        let name = member.name
        let value = member.value
        guard case .string(let text) = value else {
            throw PasetoError.make(
                .invalidClaim,
                "\(name) must be an RFC 3339 date-time string, not \(value.kindWithArticle)",
                claim: name
            )
        }
        guard let date = RFC3339.parse(text) else {
            throw PasetoError.make(
                .invalidClaim,
                "\(name) is not an RFC 3339 date-time such as 2026-01-01T00:00:00Z",
                claim: name
            )
        }
        return date
    }
}
