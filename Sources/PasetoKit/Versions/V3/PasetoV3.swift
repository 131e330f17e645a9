/// PASETO version 3, the NIST suite: `local` is AES-256-CTR with an HMAC-SHA-384 tag (keys from HKDF-SHA-384),
/// `public` is ECDSA over P-384 with SHA-384.
///
/// Use it where only NIST algorithms are allowed; otherwise prefer ``PasetoV4``. The primitives come from
/// swift-crypto. Like v4, v3 tokens bind an implicit assertion, and a `v3.public` signature also binds the
/// signer's compressed public key.
///
/// ```swift
/// let key = PasetoV3.Local.Key.generate()
/// let token = PasetoV3.Local.encrypt(Array(#"{"sub":"alice"}"#.utf8), using: key)
/// let verified = try PasetoV3.Local.decrypt(token, using: key)
/// ```
public enum PasetoV3 {
    /// The version value, `v3`.
    public static let version = PasetoVersion.v3

    /// Symmetric authenticated encryption (`v3.local.`).
    public enum Local {}

    /// ECDSA P-384 signatures (`v3.public.`).
    public enum Public {}
}

extension PasetoV3 {
    /// Size of a local key.
    static let localKeyCount = 32
    /// Size of the random nonce at the start of a local payload.
    static let nonceCount = NISTLocalToken.nonceCount
}

/// The key checks v1 and v3 share; the key types themselves stay distinct.
enum NISTKeyMaterial {
    /// Checks that `secret` is a 32-byte local key.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for any other length.
    static func validatedLocalKey(_ secret: SecretBytes, version: PasetoVersion) throws -> SecretBytes {
        guard secret.count == 32 else {
            throw PasetoError.make(.invalidKey, "a \(version) local key is 32 bytes, not \(secret.count)")
        }
        return secret
    }
}
