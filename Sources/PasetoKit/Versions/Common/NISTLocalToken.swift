/// `v1.local` and `v3.local`: AES-256-CTR, then HMAC-SHA-384 over `PAE(h, n, c, f)` (v1) or
/// `PAE(h, n, c, f, i)` (v3), encrypt-then-MAC. Only the key schedule differs between the two versions.
enum NISTLocalToken {
    /// The size of the nonce `n` at the start of the payload.
    static let nonceCount = 32
    /// The size of the HMAC-SHA-384 tag at the end of the payload.
    static let tagCount = HMACSHA384.count
    /// The shortest payload: nonce and tag around an empty ciphertext.
    static let minimumBodyCount = nonceCount + tagCount

    /// How a version derives its subkeys from the key `K` and the nonce `n` with HKDF-SHA-384.
    enum KeySchedule {
        /// v1: `Ek = HKDF(K, salt = n[0:16], "paseto-encryption-key", 32)`,
        /// `Ak = HKDF(K, salt = n[0:16], "paseto-auth-key-for-aead", 32)`; the counter block is `n[16:32]`.
        case v1
        /// v3: `Ek ‖ n2 = HKDF(K, no salt, "paseto-encryption-key" ‖ n, 48)`,
        /// `Ak = HKDF(K, no salt, "paseto-auth-key-for-aead" ‖ n, 48)`; the counter block is `n2`.
        case v3

        /// Derives `Ek`, the counter block and `Ak` into stack memory, runs `body` with them and wipes them.
        func withSubkeys<R>(
            key: SecretBytes,
            nonce: UnsafeRawBufferPointer,
            _ body: (
                _ encryptionKey: UnsafeRawBufferPointer, _ counterBlock: UnsafeRawBufferPointer,
                _ authenticationKey: UnsafeRawBufferPointer
            ) throws -> R
        ) rethrows -> R {
            try withUnsafeTemporaryAllocation(byteCount: 96, alignment: 16) { subkeys in
                defer { SecureZero.wipe(subkeys) }
                let encryption = Array("paseto-encryption-key".utf8)
                let authentication = Array("paseto-auth-key-for-aead".utf8)
                switch self {
                case .v1:
                    let salt = UnsafeRawBufferPointer(rebasing: nonce[..<16])
                    let encryptionKey = UnsafeMutableRawBufferPointer(rebasing: subkeys[0..<32])
                    let authenticationKey = UnsafeMutableRawBufferPointer(rebasing: subkeys[48..<80])
                    HKDFSHA384.deriveKey(into: encryptionKey, key: key, salt: salt, info: encryption)
                    HKDFSHA384.deriveKey(into: authenticationKey, key: key, salt: salt, info: authentication)
                    return try body(
                        UnsafeRawBufferPointer(encryptionKey),
                        UnsafeRawBufferPointer(rebasing: nonce[16..<32]),
                        UnsafeRawBufferPointer(authenticationKey)
                    )
                case .v3:
                    let derived = UnsafeMutableRawBufferPointer(rebasing: subkeys[0..<48])
                    let authenticationKey = UnsafeMutableRawBufferPointer(rebasing: subkeys[48..<96])
                    HKDFSHA384.deriveKey(into: derived, key: key, info: encryption + Array(nonce))
                    HKDFSHA384.deriveKey(into: authenticationKey, key: key, info: authentication + Array(nonce))
                    return try body(
                        UnsafeRawBufferPointer(rebasing: subkeys[0..<32]),
                        UnsafeRawBufferPointer(rebasing: subkeys[32..<48]),
                        UnsafeRawBufferPointer(authenticationKey)
                    )
                }
            }
        }
    }

    /// Encrypts `message` with the nonce `n` into a token with `header`; `implicitAssertion` is `nil` for v1,
    /// which has none.
    static func encrypt(
        _ message: [UInt8],
        key: SecretBytes,
        schedule: KeySchedule,
        header: TokenHeader,
        nonce: [UInt8],
        footer: [UInt8],
        implicitAssertion: [UInt8]?
    ) -> String {
        precondition(nonce.count == nonceCount, "a v1/v3 nonce is 32 bytes")
        var body = [UInt8](repeating: 0, count: nonceCount + message.count + tagCount)
        body.withUnsafeMutableBytes { out in
            out.copyMemory(from: nonce.withUnsafeBytes { $0 })
            let ciphertextEnd = nonceCount + message.count
            let ciphertext = UnsafeMutableRawBufferPointer(rebasing: out[nonceCount..<ciphertextEnd])
            let nonce = UnsafeRawBufferPointer(rebasing: out[..<nonceCount])
            schedule.withSubkeys(key: key, nonce: nonce) { encryptionKey, counterBlock, authenticationKey in
                message.withUnsafeBytes {
                    AESCTR.xor($0, into: ciphertext, nonce: counterBlock, key: encryptionKey)
                }
                let tag = UnsafeMutableRawBufferPointer(rebasing: out[ciphertextEnd...])
                HMACSHA384.authenticate(into: tag, key: authenticationKey) { update in
                    writePAE(header, nonce, UnsafeRawBufferPointer(ciphertext), footer, implicitAssertion, to: update)
                }
            }
        }
        return TokenFormat.assemble(header: header, body: body, footer: footer)
    }

    /// Authenticates and decrypts a token that must carry `header`.
    ///
    /// Checks run in this order, failing closed: the header; three or four segments in strict base64url; the
    /// footer equals `expectedFooter` when given (constant time); the payload holds a nonce and a tag; the tag
    /// verifies (constant time). Only then is anything decrypted.
    ///
    /// - Throws: ``PasetoError`` `invalid-header`, `key-mismatch`, `malformed-token`, `footer-mismatch` or
    ///   `authentication-failed`.
    ///   Once authenticated, a footer that is a JSON object is checked on the way in: a duplicate member
    ///   name or PASERK key material in any of its strings (after unescaping) is `invalid-footer`, nesting
    ///   deeper than ``JSONLimits/depthCeiling`` is `limit-exceeded`; other footers are left as they are.
    static func decrypt(
        _ token: String,
        key: SecretBytes,
        schedule: KeySchedule,
        header: TokenHeader,
        expectedFooter: [UInt8]?,
        implicitAssertion: [UInt8]?
    ) throws -> VerifiedToken {
        let parts = try TokenParts.parse(
            token,
            expecting: header,
            expectedFooter: expectedFooter,
            minimumBodyCount: minimumBodyCount
        )
        let plaintext = try parts.body.withUnsafeBytes { body -> [UInt8] in
            let ciphertextEnd = body.count - tagCount
            let nonce = UnsafeRawBufferPointer(rebasing: body[..<nonceCount])
            let ciphertext = UnsafeRawBufferPointer(rebasing: body[nonceCount..<ciphertextEnd])
            let tag = UnsafeRawBufferPointer(rebasing: body[ciphertextEnd...])
            return try schedule.withSubkeys(key: key, nonce: nonce) { encryptionKey, counterBlock, authenticationKey in
                // Encrypt-then-MAC: the tag is checked in constant time before a byte is decrypted.
                guard
                    HMACSHA384.isValid(
                        tag,
                        key: authenticationKey,
                        { update in
                            writePAE(parts.header, nonce, ciphertext, parts.footer, implicitAssertion, to: update)
                        }
                    )
                else { throw PasetoError.make(.authenticationFailed, "the token did not authenticate with this key") }
                var plaintext = [UInt8](repeating: 0, count: ciphertext.count)
                plaintext.withUnsafeMutableBytes {
                    AESCTR.xor(ciphertext, into: $0, nonce: counterBlock, key: encryptionKey)
                }
                return plaintext
            }
        }
        return try VerifiedToken.checkingFooter(header: parts.header, payload: plaintext, footer: parts.footer)
    }

    /// Streams `PAE(h, n, c, f)`, or `PAE(h, n, c, f, i)` when there is an implicit assertion slot, to `sink`.
    private static func writePAE(
        _ header: TokenHeader,
        _ nonce: UnsafeRawBufferPointer,
        _ ciphertext: UnsafeRawBufferPointer,
        _ footer: [UInt8],
        _ implicitAssertion: [UInt8]?,
        to sink: (UnsafeRawBufferPointer) -> Void
    ) {
        PAE.writeCount(implicitAssertion == nil ? 4 : 5, to: sink)
        header.bytes.withUnsafeBytes { PAE.writePiece($0, to: sink) }
        PAE.writePiece(nonce, to: sink)
        PAE.writePiece(ciphertext, to: sink)
        footer.withUnsafeBytes { PAE.writePiece($0, to: sink) }
        implicitAssertion?.withUnsafeBytes { PAE.writePiece($0, to: sink) }
    }
}
