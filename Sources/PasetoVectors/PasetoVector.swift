/// One case of a PASETO vector file (`v1.json` … `v4.json`), field for field.
///
/// Local cases carry `key` and `nonce`; public cases carry `public-key`, `secret-key` and, for v2 and v4,
/// `secret-key-seed`. Byte fields are hex (PEM for v1 keys); `payload`, `footer` and `implicit-assertion` are
/// text whose UTF-8 bytes are what the token holds.
package struct PasetoVector: Codable, Sendable, Hashable {
    /// `4-E-1`, `4-S-2`, `4-F-3` and so on; informative only.
    package var name: String
    /// When true, decrypting or verifying ``token`` must fail.
    package var expectFail: Bool
    /// The token: to reproduce (good cases) and to open.
    package var token: String
    /// The payload text; `nil` for expect-fail cases.
    package var payload: String?
    /// The footer text; empty for none.
    package var footer: String
    /// The implicit assertion text; empty for none.
    package var implicitAssertion: String
    /// Local cases: the symmetric key, hex.
    package var key: String?
    /// Local cases: the nonce, hex. The wire nonce for v3/v4; the pre-hash random value for v1/v2.
    package var nonce: String?
    /// Public cases: the public key (hex; PEM for v1).
    package var publicKey: String?
    /// Public cases: the secret key (hex; PEM for v1).
    package var secretKey: String?
    /// v2/v4 public cases: the 32-byte Ed25519 seed, hex.
    package var secretKeySeed: String?
    /// Public cases: the secret key as PEM text.
    package var secretKeyPEM: String?
    /// Public cases: the public key as PEM text.
    package var publicKeyPEM: String?

    private enum CodingKeys: String, CodingKey {
        case name
        case expectFail = "expect-fail"
        case token
        case payload
        case footer
        case implicitAssertion = "implicit-assertion"
        case key
        case nonce
        case publicKey = "public-key"
        case secretKey = "secret-key"
        case secretKeySeed = "secret-key-seed"
        case secretKeyPEM = "secret-key-pem"
        case publicKeyPEM = "public-key-pem"
    }
}
