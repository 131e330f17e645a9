/// PASETO version 4: `local` is XChaCha20 with a keyed-BLAKE2b MAC, `public` is Ed25519.
///
/// The two purposes are namespaces with their own key types:
///
/// ```swift
/// let key = PasetoV4.Local.Key.generate()
/// let token = try PasetoV4.Local.encrypt(Array(#"{"sub":"alice"}"#.utf8), using: key)
/// let verified = try PasetoV4.Local.decrypt(token, using: key)
/// ```
public enum PasetoV4 {
    /// The version value, `v4`.
    public static let version = PasetoVersion.v4

    /// Symmetric authenticated encryption (`v4.local.`).
    public enum Local {}

    /// Ed25519 signatures (`v4.public.`).
    public enum Public {}
}

extension PasetoV4 {
    /// Size of a local key.
    static let localKeyCount = 32
    /// Size of the random nonce at the start of a local payload.
    static let nonceCount = 32
    /// Size of the BLAKE2b authentication tag at the end of a local payload.
    static let tagCount = 32
    /// The shortest local payload: nonce and tag around an empty ciphertext.
    static let minimumLocalBodyCount = nonceCount + tagCount

    /// Domain separation for the encryption key and counter nonce (`BLAKE2b-448`).
    static let encryptionKeyInfo = Array("paseto-encryption-key".utf8)
    /// Domain separation for the authentication key (`BLAKE2b-256`).
    static let authenticationKeyInfo = Array("paseto-auth-key-for-aead".utf8)
}
