extension PasetoV1.Local {
    /// Encrypts `message` into a `v1.local.` token.
    ///
    /// The nonce is `HMAC-SHA-384(b, message)[0:32]` for 32 fresh random bytes `b`, so that a weak random
    /// generator cannot repeat a nonce for two messages; HKDF-SHA-384 salted with the nonce's first half derives
    /// the AES-256-CTR and HMAC-SHA-384 keys, and the tag covers `PAE(header, nonce, ciphertext, footer)`.
    ///
    /// - Parameters:
    ///   - message: The payload bytes (usually JSON claims); they are encrypted.
    ///   - key: A v1 local key.
    ///   - footer: Bytes appended to the token in the clear and authenticated; empty for none.
    /// - Returns: The token, `v1.local.<payload>[.<footer>]`.
    public static func encrypt(_ message: [UInt8], using key: Key, footer: [UInt8] = []) -> String {
        encrypt(message, using: key, footer: footer, nonceKey: RandomBytes.bytes(count: PasetoV1.nonceKeyCount))
    }

    /// Encryption with a caller-chosen random value `b` (the vectors' `nonce`, hashed with the message into the
    /// real nonce): for the official test vectors only, never public.
    package static func encrypt(_ message: [UInt8], using key: Key, footer: [UInt8], nonceKey: [UInt8]) -> String {
        precondition(nonceKey.count == PasetoV1.nonceKeyCount, "a v1 nonce key is 32 bytes")
        var nonce = [UInt8](repeating: 0, count: NISTLocalToken.nonceCount)
        nonce.withUnsafeMutableBytes { nonce in
            nonceKey.withUnsafeBytes { nonceKey in
                HMACSHA384.authenticate(into: nonce, key: nonceKey) { update in message.withUnsafeBytes(update) }
            }
        }
        return NISTLocalToken.encrypt(
            message,
            key: key.secret,
            schedule: .v1,
            header: Key.tokenHeader,
            nonce: nonce,
            footer: footer,
            implicitAssertion: nil
        )
    }

    /// Authenticates and decrypts a `v1.local.` token.
    ///
    /// Checks run in this order, failing closed: the header is exactly `v1.local.`; the token has three or
    /// four segments in strict base64url; the footer equals `expectedFooter` when one is given (constant
    /// time); the payload holds a nonce and a tag; the HMAC-SHA-384 tag verifies (constant time). Only then is
    /// anything decrypted.
    ///
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: A v1 local key.
    ///   - expectedFooter: When given, the exact footer the token must carry (empty means "no footer").
    /// - Returns: The verified token with its decrypted payload.
    /// - Throws: ``PasetoError`` with code `invalid-header`, `key-mismatch` (another version or purpose),
    ///   `malformed-token`, `footer-mismatch` or `authentication-failed`.
    ///   Once authenticated, a footer that is a JSON object is checked on the way in: a duplicate member
    ///   name or PASERK key material in any of its strings (after unescaping) is `invalid-footer`, nesting
    ///   deeper than ``JSONLimits/depthCeiling`` is `limit-exceeded`; other footers are left as they are.
    public static func decrypt(
        _ token: String,
        using key: Key,
        expectedFooter: [UInt8]? = nil
    ) throws -> VerifiedToken {
        try NISTLocalToken.decrypt(
            token,
            key: key.secret,
            schedule: .v1,
            header: Key.tokenHeader,
            expectedFooter: expectedFooter,
            implicitAssertion: nil
        )
    }
}
