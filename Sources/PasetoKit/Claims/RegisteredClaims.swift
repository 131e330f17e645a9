public import Foundation

/// The registered claims as read from a payload, each checked for its type: strings for `iss`, `sub`,
/// `jti`; a string or a non-empty array of strings for `aud`; RFC 3339 strings for `exp`, `nbf`, `iat`.
///
/// `aud` is held as ``audiences``, every audience the token names (one for a string `aud`). ``audience`` is
/// the single-audience view kept for source compatibility: the audience when there is exactly one, `nil`
/// otherwise, so code written for one audience never mistakes a multi-audience token for its own.
public struct RegisteredClaims: Hashable, Sendable {
    /// `iss`.
    public var issuer: String?
    /// `sub`.
    public var subject: String?
    /// `aud` when it names exactly one audience (a string, or an array of one); `nil` when it is absent or
    /// names several (read ``audiences`` then). Setting it replaces ``audiences`` with that one value.
    public var audience: String? {
        get { audiences.count == 1 ? audiences[0] : nil }
        set { audiences = newValue.map { [$0] } ?? [] }
    }
    /// Every audience of `aud`, in order: one for a string `aud`, the elements of an array `aud`; empty when
    /// absent.
    public var audiences: [String] = []
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
        self.audiences = audience.map { [$0] } ?? []
        self.expiration = expiration
        self.notBefore = notBefore
        self.issuedAt = issuedAt
        self.tokenID = tokenID
    }

    /// Reads the registered claims of `object`.
    ///
    /// - Throws: ``PasetoError`` `invalid-claim`, naming the claim, when one has the wrong type or form.
    package init(reading object: JSONObject) throws {
        // One pass over the members: this runs for every verified token. Names are matched as exact bytes.
        for member in object.members where member.name.utf8.count == 3 {  // every registered name has 3 letters
            switch ExactText(member.name) {
            case RegisteredClaim.issuer: issuer = try Self.string(member)
            case RegisteredClaim.subject: subject = try Self.string(member)
            case RegisteredClaim.audience: audiences = try Self.audiences(member)
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

    /// A string `aud` as one audience, an array of strings as its elements.
    private static func audiences(_ member: JSONObject.Member) throws -> [String] {
        let name = member.name
        switch member.value {
        case .string(let text): return [text]
        case .array(let elements):
            var audiences: [String] = []
            audiences.reserveCapacity(elements.count)
            for element in elements {
                guard case .string(let text) = element else {
                    throw PasetoError.make(
                        .invalidClaim,
                        "\(name) must be a string or an array of strings; it holds \(element.kindWithArticle)",
                        claim: name
                    )
                }
                audiences.append(text)
            }
            guard !audiences.isEmpty else {
                throw PasetoError.make(.invalidClaim, "\(name) must not be an empty array", claim: name)
            }
            return audiences
        case let other:
            throw PasetoError.make(
                .invalidClaim,
                "\(name) must be a string or an array of strings, not \(other.kindWithArticle)",
                claim: name
            )
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
