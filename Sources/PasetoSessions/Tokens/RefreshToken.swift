/// A refresh token as the client holds it: 256 random bits, base64url, not a PASETO.
///
/// Send it in an `HttpOnly; Secure; SameSite=Strict` cookie scoped to the refresh endpoint. Its
/// ``description`` never shows it.
public struct RefreshToken: Sendable, Hashable, CustomStringConvertible {
    /// The token text (43 base64url characters): the secret itself.
    public let text: String

    /// The hash a store keeps.
    public let hash: RefreshTokenHash

    /// Parses a presented refresh token.
    ///
    /// - Throws: ``SessionError`` `invalid-refresh-token` for anything that is not exactly 32 bytes of strict
    ///   base64url (empty, garbage, 1 MB of text, non-ASCII), before any store is asked.
    public init(_ text: String) throws {
        guard let bytes = OpaqueToken.decode(text, byteCount: OpaqueToken.secretByteCount) else {
            throw SessionError(.invalidRefreshToken, "not a refresh token")
        }
        self.text = text
        self.hash = Self.hash(of: bytes)
    }

    private init(text: String, bytes: [UInt8]) {
        self.text = text
        self.hash = Self.hash(of: bytes)
    }

    /// A new random refresh token.
    static func generate() -> RefreshToken {
        let bytes = OpaqueToken.randomBytes(count: OpaqueToken.secretByteCount)
        return RefreshToken(text: OpaqueToken.encode(bytes), bytes: bytes)
    }

    private static func hash(of bytes: [UInt8]) -> RefreshTokenHash {
        // A 32-byte digest always makes a hash.
        RefreshTokenHash(bytes: OpaqueToken.digest(bytes, domain: "PasetoSessions refresh token"))!
    }

    /// Redacted.
    public var description: String { "RefreshToken(redacted)" }
}
