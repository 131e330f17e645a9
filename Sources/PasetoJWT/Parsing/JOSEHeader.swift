package import PasetoKit

/// The members of a JWS header that PasetoJWT reads, each checked for its type. Nothing here is verified
/// until a ``JWTVerifier`` accepts the token.
public struct JOSEHeader: Hashable, Sendable {
    /// `alg`, exactly as written (it may be `none` or unknown in an unverified token).
    public let algorithm: String?
    /// `kid`: the id of the key the issuer says it used.
    public let keyID: String?
    /// `typ`, e.g. `JWT`.
    public let type: String?
    /// `cty`: the content type.
    public let contentType: String?
    /// `crit`: the extensions the issuer requires the verifier to understand.
    public let critical: [String]?
    /// Every member name, in order.
    public let memberNames: [String]

    /// The header members that carry a key or say where to fetch one (RFC 7515 §4.1.2-4.1.6).
    public static let keyCarryingMembers = ["jku", "jwk", "x5u", "x5c"]

    /// Reads the typed members of a parsed header object.
    ///
    /// - Throws: ``JWTCompatError`` `invalid-header` for `alg`, `kid`, `typ` or `cty` that is not a string, or
    ///   `crit` that is not an array of strings.
    package init(object: JSONObject) throws {
        algorithm = try Self.string("alg", in: object)
        keyID = try Self.string("kid", in: object)
        type = try Self.string("typ", in: object)
        contentType = try Self.string("cty", in: object)
        memberNames = object.names
        switch object["crit"] {
        case nil:
            critical = nil
        case .array(let elements)?:
            critical = try elements.map {
                guard case .string(let name) = $0 else {
                    throw JWTCompatError.make(.invalidHeader, "crit must be an array of strings")
                }
                return name
            }
        case let other?:
            throw JWTCompatError.make(.invalidHeader, "crit must be an array of strings, not \(other.kindWithArticle)")
        }
    }

    private static func string(_ name: String, in object: JSONObject) throws -> String? {
        switch object[name] {
        case nil: return nil
        case .string(let text): return text
        case let other?:
            throw JWTCompatError.make(
                .invalidHeader,
                "the header's \(name) must be a string, not \(other.kindWithArticle)"
            )
        }
    }
}
