/// One case of a PASERK vector file (`paserk/kN.<type>.json`), field for field.
///
/// Which fields are present depends on the type: `local`, `public`, `lid` and `pid` carry ``key``; `secret`
/// adds ``publicKey`` and ``secretKeySeed``; `sid` adds ``seed`` (or ``publicKey``); the wrap, password and
/// seal types carry their own inputs. Byte fields are hex, except where the file says PEM; some `public-key`
/// fields of fail cases hold hex-encoded PEM text.
package struct PASERKVector: Codable, Sendable, Hashable {
    /// `k4.local-1`, `k4.secret-fail-2` and so on; informative only (some are wrong).
    package var name: String
    /// When true, serialising or parsing must fail.
    package var expectFail: Bool
    /// The PASERK string; `nil` when serialising the key must fail.
    package var paserk: String?
    /// Why a fail case must fail.
    package var comment: String?
    /// The key the PASERK encodes or identifies (hex; PEM for k1); `nil` when parsing the PASERK must fail.
    package var key: String?
    /// The public half of a secret key, hex (for k3 `sid` fail cases: hex of PEM text).
    package var publicKey: String?
    /// `secret` files: the 32-byte Ed25519 seed of the secret key, hex.
    package var secretKeySeed: String?
    /// `sid` files: the 32-byte Ed25519 seed of the secret key, hex.
    package var seed: String?
    /// Wrap files: the wrapping key, hex.
    package var wrappingKey: String?
    /// Wrap and password files: the key that is wrapped, hex (k1 secret: PEM text).
    package var unwrapped: String?
    /// Password files: the password, used verbatim as UTF-8 bytes even when it looks like hex.
    package var password: String?
    /// Password files: the key-derivation parameters.
    package var options: Options?
    /// Seal files: the secret key that unseals (hex for k2/k4, PEM for k1/k3).
    package var sealingSecretKey: String?
    /// Seal files: the public key that seals (hex for k2/k4, PEM for k1/k3).
    package var sealingPublicKey: String?
    /// Seal files: the sealed local key, hex.
    package var unsealed: String?

    /// Key-derivation parameters of the password types: Argon2id (k2/k4) or PBKDF2 (k1/k3).
    ///
    /// - Important: Always take the parameters from the PASERK itself; k1.local-pw-2 states different
    ///   iterations here than its PASERK encodes.
    package struct Options: Codable, Sendable, Hashable {
        /// Argon2id memory limit in bytes.
        package var memlimit: Int?
        /// Argon2id operations limit.
        package var opslimit: Int?
        /// PBKDF2 iteration count.
        package var iterations: Int?
    }

    private enum CodingKeys: String, CodingKey {
        case name
        case expectFail = "expect-fail"
        case paserk
        case comment
        case key
        case publicKey = "public-key"
        case secretKeySeed = "secret-key-seed"
        case seed
        case wrappingKey = "wrapping-key"
        case unwrapped
        case password
        case options
        case sealingSecretKey = "sealing-secret-key"
        case sealingPublicKey = "sealing-public-key"
        case unsealed
    }
}
