/// PASETO version 1 (deprecated), the older NIST suite: `local` is AES-256-CTR with an HMAC-SHA-384 tag (keys
/// from HKDF-SHA-384), `public` is RSASSA-PSS with SHA-384.
///
/// Version 1 is here so that systems holding v1 tokens or keys can read them and move to ``PasetoV3`` (or
/// ``PasetoV4``); new systems should not use it. Its keys are their own types, so a v1 key never touches a
/// token of another version. Version 1 has no implicit assertions: its functions take none, and the
/// key-protocol methods throw ``PasetoError/Code/unsupportedVersion`` when given one.
///
/// ```swift
/// let key = try PasetoV1.Public.PublicKey(pemRepresentation: legacyPublicKeyPEM)
/// let verified = try PasetoV1.Public.verify(legacyToken, using: key)
/// ```
public enum PasetoV1 {
    /// The version value, `v1`.
    public static let version = PasetoVersion.v1

    /// Symmetric authenticated encryption (`v1.local.`).
    public enum Local {}

    /// RSASSA-PSS signatures (`v1.public.`).
    public enum Public {}
}

extension PasetoV1 {
    /// Size of the random value whose HMAC-SHA-384 of the message is the nonce.
    static let nonceKeyCount = 32
    /// The error the key-protocol methods throw when given an implicit assertion.
    static func rejectImplicitAssertion(_ implicitAssertion: [UInt8]) throws {
        guard implicitAssertion.isEmpty else {
            throw PasetoError.make(.unsupportedVersion, "v1 tokens have no implicit assertions")
        }
    }
}
