/// A JWS signature algorithm PasetoJWT verifies (RFC 7518, RFC 8037): `HS256/384/512`, `RS256/384/512`,
/// `PS256/384/512`, `ES256/384/512` and `EdDSA` (Ed25519).
///
/// Names are case-sensitive, as in RFC 7515: `hs256` is no algorithm. `none` is deliberately absent.
public struct JWSAlgorithm: Hashable, Sendable, CustomStringConvertible {
    /// The `alg` header value, e.g. `ES256`.
    public let name: String
    /// The kind of key the algorithm needs.
    public let family: JWTKeyFamily
    /// The hash output size in bytes (32, 48, 64); for EdDSA 64, the size of its internal SHA-512.
    package let hashByteCount: Int

    private init(_ name: String, _ family: JWTKeyFamily, hashByteCount: Int) {
        self.name = name
        self.family = family
        self.hashByteCount = hashByteCount
    }

    /// HMAC with SHA-256.
    public static let hs256 = JWSAlgorithm("HS256", .hmac, hashByteCount: 32)
    /// HMAC with SHA-384.
    public static let hs384 = JWSAlgorithm("HS384", .hmac, hashByteCount: 48)
    /// HMAC with SHA-512.
    public static let hs512 = JWSAlgorithm("HS512", .hmac, hashByteCount: 64)
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    public static let rs256 = JWSAlgorithm("RS256", .rsa, hashByteCount: 32)
    /// RSASSA-PKCS1-v1_5 with SHA-384.
    public static let rs384 = JWSAlgorithm("RS384", .rsa, hashByteCount: 48)
    /// RSASSA-PKCS1-v1_5 with SHA-512.
    public static let rs512 = JWSAlgorithm("RS512", .rsa, hashByteCount: 64)
    /// RSASSA-PSS with SHA-256 (MGF1 SHA-256, 32-byte salt).
    public static let ps256 = JWSAlgorithm("PS256", .rsa, hashByteCount: 32)
    /// RSASSA-PSS with SHA-384 (MGF1 SHA-384, 48-byte salt).
    public static let ps384 = JWSAlgorithm("PS384", .rsa, hashByteCount: 48)
    /// RSASSA-PSS with SHA-512 (MGF1 SHA-512, 64-byte salt).
    public static let ps512 = JWSAlgorithm("PS512", .rsa, hashByteCount: 64)
    /// ECDSA on P-256 with SHA-256.
    public static let es256 = JWSAlgorithm("ES256", .ecdsaP256, hashByteCount: 32)
    /// ECDSA on P-384 with SHA-384.
    public static let es384 = JWSAlgorithm("ES384", .ecdsaP384, hashByteCount: 48)
    /// ECDSA on P-521 with SHA-512.
    public static let es512 = JWSAlgorithm("ES512", .ecdsaP521, hashByteCount: 64)
    /// EdDSA with Ed25519 (RFC 8037).
    public static let eddsa = JWSAlgorithm("EdDSA", .ed25519, hashByteCount: 64)

    /// Every supported algorithm.
    public static let all: [JWSAlgorithm] = [
        .hs256, .hs384, .hs512, .rs256, .rs384, .rs512, .ps256, .ps384, .ps512, .es256, .es384, .es512, .eddsa,
    ]

    /// The algorithm named `name` exactly, or `nil`.
    public init?(name: String) {
        guard let match = Self.all.first(where: { $0.name == name }) else { return nil }
        self = match
    }

    /// Whether this is an RSASSA-PSS algorithm.
    package var isPSS: Bool { name.hasPrefix("PS") }

    /// The `alg` value.
    public var description: String { name }
}
