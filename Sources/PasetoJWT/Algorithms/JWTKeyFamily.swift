/// The kind of key a JWS algorithm needs: an HMAC secret, an RSA key, an ECDSA key on one curve, or an
/// Ed25519 key. A key verifies only the algorithms of its family, which is what stops algorithm confusion.
public struct JWTKeyFamily: Hashable, Sendable, CustomStringConvertible {
    private let name: String

    private init(_ name: String) { self.name = name }

    /// An HMAC secret (`HS256`, `HS384`, `HS512`).
    public static let hmac = JWTKeyFamily("HMAC")
    /// An RSA key (`RS*` and `PS*`).
    public static let rsa = JWTKeyFamily("RSA")
    /// An ECDSA key on P-256 (`ES256`).
    public static let ecdsaP256 = JWTKeyFamily("EC P-256")
    /// An ECDSA key on P-384 (`ES384`).
    public static let ecdsaP384 = JWTKeyFamily("EC P-384")
    /// An ECDSA key on P-521 (`ES512`).
    public static let ecdsaP521 = JWTKeyFamily("EC P-521")
    /// An Ed25519 key (`EdDSA`).
    public static let ed25519 = JWTKeyFamily("Ed25519")

    /// The family's name, e.g. `EC P-256`.
    public var description: String { name }

    /// The algorithms this family verifies.
    public var algorithms: [JWSAlgorithm] { JWSAlgorithm.all.filter { $0.family == self } }
}
