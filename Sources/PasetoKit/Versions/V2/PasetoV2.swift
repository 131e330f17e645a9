/// PASETO version 2 (deprecated): `local` is XChaCha20-Poly1305, `public` is Ed25519.
///
/// Version 2 is here so that systems holding v2 tokens or keys can read them and move to ``PasetoV4``; new
/// systems should use v4. Its keys are their own types, so a v2 key never touches a v4 token. Version 2
/// has no implicit assertions: its functions take none, and the key-protocol methods throw
/// ``PasetoError/Code/unsupportedVersion`` when given one.
///
/// ```swift
/// let key = try PasetoV2.Local.Key(paserk: storedKey)
/// let verified = try PasetoV2.Local.decrypt(legacyToken, using: key)
/// ```
public enum PasetoV2 {
    /// The version value, `v2`.
    public static let version = PasetoVersion.v2

    /// Symmetric authenticated encryption (`v2.local.`).
    public enum Local {}

    /// Ed25519 signatures (`v2.public.`).
    public enum Public {}
}

extension PasetoV2 {
    /// Size of a local key.
    static let localKeyCount = 32
    /// Size of the random value whose keyed BLAKE2b hash of the message is the nonce.
    static let nonceKeyCount = 24
    /// Size of the XChaCha20-Poly1305 nonce at the start of a local payload.
    static let nonceCount = 24
    /// The shortest local payload: nonce and Poly1305 tag around an empty ciphertext.
    static let minimumLocalBodyCount = nonceCount + 16

    /// The error the key-protocol methods throw when given an implicit assertion.
    static func rejectImplicitAssertion(_ implicitAssertion: [UInt8]) throws {
        guard implicitAssertion.isEmpty else {
            throw PasetoError.make(.unsupportedVersion, "v2 tokens have no implicit assertions")
        }
    }
}
