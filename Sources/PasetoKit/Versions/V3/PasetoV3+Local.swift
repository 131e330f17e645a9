extension PasetoV3.Local {
    /// Encrypts `message` into a `v3.local.` token.
    ///
    /// A fresh 32-byte nonce comes from libsodium's CSPRNG; the AES-256-CTR key and counter block and the
    /// HMAC-SHA-384 key are derived from it with HKDF-SHA-384, and the tag covers
    /// `PAE(header, nonce, ciphertext, footer, implicitAssertion)`.
    ///
    /// - Parameters:
    ///   - message: The payload bytes (usually JSON claims); they are encrypted.
    ///   - key: A v3 local key.
    ///   - footer: Bytes appended to the token in the clear and authenticated; empty for none.
    ///   - implicitAssertion: Bytes authenticated but not stored in the token; the verifier must supply the
    ///     same bytes.
    /// - Returns: The token, `v3.local.<payload>[.<footer>]`.
    public static func encrypt(
        _ message: [UInt8],
        using key: Key,
        footer: [UInt8] = [],
        implicitAssertion: [UInt8] = []
    ) -> String {
        let nonce = RandomBytes.bytes(count: PasetoV3.nonceCount)
        return encrypt(message, using: key, footer: footer, implicitAssertion: implicitAssertion, nonce: nonce)
    }

    /// Encryption with a caller-chosen nonce: for the official test vectors only, never public.
    package static func encrypt(
        _ message: [UInt8],
        using key: Key,
        footer: [UInt8],
        implicitAssertion: [UInt8],
        nonce: [UInt8]
    ) -> String {
        NISTLocalToken.encrypt(
            message,
            key: key.secret,
            schedule: .v3,
            header: Key.tokenHeader,
            nonce: nonce,
            footer: footer,
            implicitAssertion: implicitAssertion
        )
    }

    /// Authenticates and decrypts a `v3.local.` token.
    ///
    /// Checks run in this order, failing closed: the header is exactly `v3.local.`; the token has three or
    /// four segments in strict base64url; the footer equals `expectedFooter` when one is given (constant
    /// time); the payload holds a nonce and a tag; the HMAC-SHA-384 tag verifies (constant time). Only then is
    /// anything decrypted.
    ///
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: A v3 local key.
    ///   - expectedFooter: When given, the exact footer the token must carry (empty means "no footer").
    ///   - implicitAssertion: The implicit assertion the token was made with; empty for none.
    /// - Returns: The verified token with its decrypted payload.
    /// - Throws: ``PasetoError`` with code `invalid-header`, `key-mismatch` (another version or purpose),
    ///   `malformed-token`, `footer-mismatch` or `authentication-failed`.
    ///   Once authenticated, a footer that is a JSON object is checked on the way in: a duplicate member
    ///   name or PASERK key material in any of its strings (after unescaping) is `invalid-footer`, nesting
    ///   deeper than ``JSONLimits/depthCeiling`` is `limit-exceeded`; other footers are left as they are.
    public static func decrypt(
        _ token: String,
        using key: Key,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        try NISTLocalToken.decrypt(
            token,
            key: key.secret,
            schedule: .v3,
            header: Key.tokenHeader,
            expectedFooter: expectedFooter,
            implicitAssertion: implicitAssertion
        )
    }
}
