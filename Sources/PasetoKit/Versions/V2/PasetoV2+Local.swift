extension PasetoV2.Local {
    /// Encrypts `message` into a `v2.local.` token.
    ///
    /// The nonce is the keyed BLAKE2b-192 hash of the message under 24 fresh random bytes, so that a weak
    /// random generator cannot repeat a nonce for two messages; XChaCha20-Poly1305 then encrypts the message,
    /// authenticating `PAE(header, nonce, footer)` as associated data.
    ///
    /// - Parameters:
    ///   - message: The payload bytes (usually JSON claims); they are encrypted.
    ///   - key: A v2 local key.
    ///   - footer: Bytes appended to the token in the clear and authenticated; empty for none.
    /// - Returns: The token, `v2.local.<payload>[.<footer>]`.
    public static func encrypt(_ message: [UInt8], using key: Key, footer: [UInt8] = []) -> String {
        encrypt(message, using: key, footer: footer, nonceKey: RandomBytes.bytes(count: PasetoV2.nonceKeyCount))
    }

    /// Encryption with a caller-chosen random value (the vectors' `nonce`, hashed with the message into the
    /// real nonce): for the official test vectors only, never public.
    package static func encrypt(_ message: [UInt8], using key: Key, footer: [UInt8], nonceKey: [UInt8]) -> String {
        precondition(nonceKey.count == PasetoV2.nonceKeyCount, "a v2 nonce key is 24 bytes")
        let header = Key.tokenHeader
        let nonce = nonceKey.withUnsafeBytes { nonceKey in
            message.withUnsafeBytes { BLAKE2b.hash(outputCount: PasetoV2.nonceCount, key: nonceKey, message: $0) }
        }
        let associatedData = PAE.encode([header.bytes, nonce, footer])
        let ciphertext = key.secret.withUnsafeBytes { keyBytes in
            message.withUnsafeBytes { plaintext in
                associatedData.withUnsafeBytes { associatedData in
                    nonce.withUnsafeBytes {
                        XChaCha20Poly1305.seal(plaintext, associatedData: associatedData, nonce: $0, key: keyBytes)
                    }
                }
            }
        }
        return TokenFormat.assemble(header: header, body: nonce + ciphertext, footer: footer)
    }

    /// Authenticates and decrypts a `v2.local.` token.
    ///
    /// Checks run in this order, failing closed: the header is exactly `v2.local.`; the token has three or
    /// four segments in strict base64url; the footer equals `expectedFooter` when one is given (constant
    /// time); the payload holds a nonce and a tag; the AEAD verifies the tag before it decrypts.
    ///
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: A v2 local key.
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
        let parts = try TokenParts.parse(token, expecting: Key.tokenHeader)
        try parts.requireFooter(expectedFooter)
        guard parts.body.count >= PasetoV2.minimumLocalBodyCount else {
            throw PasetoError.make(.malformedToken, "a v2.local payload is at least 40 bytes")
        }
        let nonce = Array(parts.body[..<PasetoV2.nonceCount])
        let associatedData = PAE.encode([parts.header.bytes, nonce, parts.footer])
        let plaintext = key.secret.withUnsafeBytes { keyBytes in
            parts.body.withUnsafeBytes { body in
                associatedData.withUnsafeBytes { associatedData in
                    XChaCha20Poly1305.open(
                        UnsafeRawBufferPointer(rebasing: body[PasetoV2.nonceCount...]),
                        associatedData: associatedData,
                        nonce: UnsafeRawBufferPointer(rebasing: body[..<PasetoV2.nonceCount]),
                        key: keyBytes
                    )
                }
            }
        }
        guard let plaintext else {
            throw PasetoError.make(.authenticationFailed, "the token did not authenticate with this key")
        }
        return try VerifiedToken.checkingFooter(header: parts.header, payload: plaintext, footer: parts.footer)
    }
}
