extension PasetoV4.Local {
    /// Encrypts `message` into a `v4.local.` token.
    ///
    /// A fresh 32-byte nonce comes from libsodium's CSPRNG; the encryption key, the XChaCha20 nonce and the
    /// authentication key are derived from it with keyed BLAKE2b, and the tag covers
    /// `PAE(header, nonce, ciphertext, footer, implicitAssertion)`.
    ///
    /// - Parameters:
    ///   - message: The payload bytes (usually JSON claims); they are encrypted.
    ///   - key: A v4 local key.
    ///   - footer: Bytes appended to the token in the clear and authenticated; empty for none.
    ///   - implicitAssertion: Bytes authenticated but not stored in the token; the verifier must supply the
    ///     same bytes.
    /// - Returns: The token, `v4.local.<payload>[.<footer>]`.
    public static func encrypt(
        _ message: [UInt8],
        using key: Key,
        footer: [UInt8] = [],
        implicitAssertion: [UInt8] = []
    ) -> String {
        encrypt(message, using: key, footer: footer, implicitAssertion: implicitAssertion) { RandomBytes.fill($0) }
    }

    /// Encryption with a caller-chosen nonce: for the official test vectors only, never public.
    package static func encrypt(
        _ message: [UInt8],
        using key: Key,
        footer: [UInt8],
        implicitAssertion: [UInt8],
        nonce: [UInt8]
    ) -> String {
        precondition(nonce.count == PasetoV4.nonceCount, "a v4 nonce is 32 bytes")
        return encrypt(message, using: key, footer: footer, implicitAssertion: implicitAssertion) { output in
            nonce.withUnsafeBytes { output.copyMemory(from: $0) }
        }
    }

    /// Encryption with the nonce written by `fillNonce` straight into the token body (no separate buffer).
    private static func encrypt(
        _ message: [UInt8],
        using key: Key,
        footer: [UInt8],
        implicitAssertion: [UInt8],
        fillNonce: (UnsafeMutableRawBufferPointer) -> Void
    ) -> String {
        let header = Key.tokenHeader
        var body = [UInt8](repeating: 0, count: PasetoV4.nonceCount + message.count + PasetoV4.tagCount)
        body.withUnsafeMutableBytes { out in
            fillNonce(UnsafeMutableRawBufferPointer(rebasing: out[..<PasetoV4.nonceCount]))
            let nonce = UnsafeRawBufferPointer(rebasing: out[..<PasetoV4.nonceCount])
            let ciphertextEnd = PasetoV4.nonceCount + message.count
            let ciphertext = UnsafeMutableRawBufferPointer(rebasing: out[PasetoV4.nonceCount..<ciphertextEnd])
            let tag = UnsafeMutableRawBufferPointer(rebasing: out[ciphertextEnd...])
            withSubkeys(key: key, nonce: nonce) { encryptionKey, streamNonce, authenticationKey in
                message.withUnsafeBytes { plaintext in
                    XChaCha20.xor(plaintext, into: ciphertext, nonce: streamNonce, key: encryptionKey)
                }
                computeTag(
                    into: tag,
                    authenticationKey: authenticationKey,
                    header: header,
                    nonce: nonce,
                    ciphertext: UnsafeRawBufferPointer(ciphertext),
                    footer: footer,
                    implicitAssertion: implicitAssertion
                )
            }
        }
        return TokenFormat.assemble(header: header, body: body, footer: footer)
    }

    /// Authenticates and decrypts a `v4.local.` token.
    ///
    /// Checks run in this order, failing closed: the header is exactly `v4.local.`; the token has three or
    /// four segments in strict base64url; the footer equals `expectedFooter` when one is given (constant
    /// time); the payload is long enough; the tag verifies (constant time). Only then is anything decrypted.
    ///
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: A v4 local key.
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
        let parts = try TokenParts.parse(token, expecting: Key.tokenHeader)
        try parts.requireFooter(expectedFooter)
        guard parts.body.count >= PasetoV4.minimumLocalBodyCount else {
            throw PasetoError.make(.malformedToken, "a v4.local payload is at least 64 bytes")
        }
        let plaintext = try parts.body.withUnsafeBytes { body -> [UInt8] in
            let ciphertextEnd = body.count - PasetoV4.tagCount
            let nonce = UnsafeRawBufferPointer(rebasing: body[..<PasetoV4.nonceCount])
            let ciphertext = UnsafeRawBufferPointer(rebasing: body[PasetoV4.nonceCount..<ciphertextEnd])
            let tag = UnsafeRawBufferPointer(rebasing: body[ciphertextEnd...])
            return try withSubkeys(key: key, nonce: nonce) { encryptionKey, streamNonce, authenticationKey in
                let authentic = withUnsafeTemporaryAllocation(byteCount: PasetoV4.tagCount, alignment: 1) { expected in
                    computeTag(
                        into: expected,
                        authenticationKey: authenticationKey,
                        header: parts.header,
                        nonce: nonce,
                        ciphertext: ciphertext,
                        footer: parts.footer,
                        implicitAssertion: implicitAssertion
                    )
                    return ConstantTime.equals(UnsafeRawBufferPointer(expected), tag)
                }
                guard authentic else {
                    throw PasetoError.make(.authenticationFailed, "the token did not authenticate with this key")
                }
                // An empty payload: no zero-capacity `unsafeUninitializedCapacity` (shared empty storage).
                guard ciphertext.count > 0 else { return [] }
                return [UInt8](unsafeUninitializedCapacity: ciphertext.count) { output, initialized in
                    XChaCha20.xor(
                        ciphertext,
                        into: UnsafeMutableRawBufferPointer(output),
                        nonce: streamNonce,
                        key: encryptionKey
                    )
                    initialized = ciphertext.count
                }
            }
        }
        return try VerifiedToken.checkingFooter(header: parts.header, payload: plaintext, footer: parts.footer)
    }

    /// Derives `Ek ‖ n2 = BLAKE2b-448(K, "paseto-encryption-key" ‖ n)` and
    /// `Ak = BLAKE2b-256(K, "paseto-auth-key-for-aead" ‖ n)` into stack memory that is wiped afterwards.
    private static func withSubkeys<R>(
        key: Key,
        nonce: UnsafeRawBufferPointer,
        _ body: (
            _ encryptionKey: UnsafeRawBufferPointer, _ streamNonce: UnsafeRawBufferPointer,
            _ authenticationKey: UnsafeRawBufferPointer
        ) throws -> R
    ) rethrows -> R {
        try KeyedSubkeys.with(
            key: key.secret,
            encryptionInfo: PasetoV4.encryptionKeyInfo,
            authenticationInfo: PasetoV4.authenticationKeyInfo,
            nonce: nonce,
            body
        )
    }

    /// `t = BLAKE2b-256(Ak, PAE(h, n, c, f, i))`, streamed into the hash without building PAE.
    private static func computeTag(
        into tag: UnsafeMutableRawBufferPointer,
        authenticationKey: UnsafeRawBufferPointer,
        header: TokenHeader,
        nonce: UnsafeRawBufferPointer,
        ciphertext: UnsafeRawBufferPointer,
        footer: [UInt8],
        implicitAssertion: [UInt8]
    ) {
        header.bytes.withUnsafeBytes { headerView in
            footer.withUnsafeBytes { footerView in
                implicitAssertion.withUnsafeBytes { assertionView in
                    BLAKE2b.hash(into: tag, key: authenticationKey) { hasher in
                        // Five pieces, written one by one so no array of pieces is built per token.
                        PAE.writeCount(5) { hasher.update($0) }
                        PAE.writePiece(headerView) { hasher.update($0) }
                        PAE.writePiece(nonce) { hasher.update($0) }
                        PAE.writePiece(ciphertext) { hasher.update($0) }
                        PAE.writePiece(footerView) { hasher.update($0) }
                        PAE.writePiece(assertionView) { hasher.update($0) }
                    }
                }
            }
        }
    }
}
