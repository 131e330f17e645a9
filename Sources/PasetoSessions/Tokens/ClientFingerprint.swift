/// The token-sidejacking fingerprint (OWASP): a random value the client keeps in an `HttpOnly; Secure;
/// SameSite=Strict` cookie, whose hash every access token is bound to.
///
/// The binding is PASETO v4's implicit assertion: the access token is encrypted (or signed) with the
/// fingerprint's hash as implicit assertion, which is not stored in the token. A token stolen from page
/// script or a log is useless without the cookie, which page script cannot read; it does not even
/// authenticate.
public struct ClientFingerprint: Sendable, Hashable, CustomStringConvertible {
    /// The cookie value (43 base64url characters).
    public let text: String

    /// Parses the cookie value a client sent.
    ///
    /// - Throws: ``SessionError`` `fingerprint-mismatch` for anything that is not exactly 32 bytes of strict
    ///   base64url.
    public init(_ text: String) throws {
        guard let bytes = OpaqueToken.decode(text, byteCount: OpaqueToken.secretByteCount) else {
            throw SessionError(.fingerprintMismatch, "the fingerprint cookie is malformed")
        }
        self.init(text: text, bytes: bytes)
    }

    private init(text: String, bytes: [UInt8]) {
        self.text = text
        self.implicitAssertion = OpaqueToken.digest(bytes, domain: "PasetoSessions fingerprint")
    }

    /// A new random fingerprint.
    static func generate() -> ClientFingerprint {
        let bytes = OpaqueToken.randomBytes(count: OpaqueToken.secretByteCount)
        return ClientFingerprint(text: OpaqueToken.encode(bytes), bytes: bytes)
    }

    /// The implicit assertion an access token bound to this fingerprint carries: a keyed BLAKE2b-256 of it.
    /// A service that checks `v4.public` access tokens with only the public key passes it to `verify`.
    public let implicitAssertion: [UInt8]

    /// Redacted.
    public var description: String { "ClientFingerprint(redacted)" }
}
