package import PasetoKit

/// The registered claims of a JWT payload (RFC 7519 §4.1), each checked for its type: strings for `iss`,
/// `sub` and `jti`, a string or an array of strings for `aud`, NumericDate numbers for `exp`, `nbf`, `iat`.
public struct JWTRegisteredClaims: Hashable, Sendable {
    /// `iss`.
    public var issuer: String?
    /// `sub`.
    public var subject: String?
    /// `aud`: one element for a string, every element for an array; `nil` when absent.
    public var audience: [String]?
    /// `exp`.
    public var expiration: NumericDate?
    /// `nbf`.
    public var notBefore: NumericDate?
    /// `iat`.
    public var issuedAt: NumericDate?
    /// `jti`.
    public var tokenID: String?

    /// Reads the registered claims of a payload object.
    ///
    /// - Throws: ``JWTCompatError`` `invalid-claim`, naming the claim.
    package init(reading object: JSONObject) throws {
        issuer = try Self.string(RegisteredClaim.issuer, in: object)
        subject = try Self.string(RegisteredClaim.subject, in: object)
        tokenID = try Self.string(RegisteredClaim.tokenID, in: object)
        expiration = try Self.numericDate(RegisteredClaim.expiration, in: object)
        notBefore = try Self.numericDate(RegisteredClaim.notBefore, in: object)
        issuedAt = try Self.numericDate(RegisteredClaim.issuedAt, in: object)
        switch object[RegisteredClaim.audience] {
        case nil:
            audience = nil
        case .string(let text)?:
            audience = [text]
        case .array(let elements)? where !elements.isEmpty:
            audience = try elements.map {
                guard case .string(let text) = $0 else { throw Self.invalid("aud", "an array of strings only") }
                return text
            }
        case let other?:
            throw Self.invalid("aud", "a string or a non-empty array of strings, not \(other.kindWithArticle)")
        }
    }

    private static func string(_ name: String, in object: JSONObject) throws -> String? {
        switch object[name] {
        case nil: return nil
        case .string(let text): return text
        case let other?: throw invalid(name, "a string, not \(other.kindWithArticle)")
        }
    }

    private static func numericDate(_ name: String, in object: JSONObject) throws -> NumericDate? {
        switch object[name] {
        case nil: return nil
        case .number(let number)?:
            guard let date = NumericDate(literal: number.literal) else {
                throw invalid(name, "a NumericDate within the years 0000-9999")
            }
            return date
        case let other?: throw invalid(name, "a NumericDate (a number of seconds), not \(other.kindWithArticle)")
        }
    }

    private static func invalid(_ name: String, _ expectation: String) -> JWTCompatError {
        JWTCompatError.make(.invalidClaim, "\(name) must be \(expectation)", claim: name)
    }
}
