/// The k1/k3 PASERK primitives: AES-256-CTR, HMAC-SHA-384 tags, PBKDF2-SHA-384 (swift-crypto, behind the
/// wrappers in `NIST/`).
///
/// - `pie`: `x = HMAC-SHA-384(wk, 0x80 ‖ n)`, `Ek = x[0:32]`, `n2 = x[32:48]`,
///   `Ak = HMAC-SHA-384(wk, 0x81 ‖ n)[0:32]` (truncated to 32 bytes as the official vectors require; the
///   specification does not say so).
/// - `seal` (k3): `x = SHA-384(0x01 ‖ h ‖ xk ‖ epk ‖ pk)`, `Ek = x[0:32]`, `n = x[32:48]`,
///   `Ak = SHA-384(0x02 ‖ h ‖ xk ‖ epk ‖ pk)`.
/// - `*-pw`: `k = PBKDF2-SHA-384(pw, s, i, 32)`, `Ek = SHA-384(0xFF ‖ k)[0:32]`, `Ak = SHA-384(0xFE ‖ k)`.
package enum NISTPASERKSuite: PASERKCipherSuite {
    package static let tagCount = HMACSHA384.count

    package static func xor(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer,
        nonce: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer
    ) {
        AESCTR.xor(input, into: output, nonce: nonce, key: key)
    }

    package static func authenticate(
        into tag: UnsafeMutableRawBufferPointer,
        key: UnsafeRawBufferPointer,
        _ feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void
    ) {
        HMACSHA384.authenticate(into: tag, key: key, feed)
    }

    package static func withPIESubkeys<R>(
        wrappingKey: SecretBytes,
        nonce: UnsafeRawBufferPointer,
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try withSubkeys(
            byteCount: 48 + 32,
            layout: (0..<32, 32..<48, 48..<80),
            derive: { subkeys in
                wrappingKey.withUnsafeBytes { wrappingKey in
                    for (range, domain) in [(0..<48, UInt8(0x80)), (48..<80, UInt8(0x81))] {
                        let output = UnsafeMutableRawBufferPointer(rebasing: subkeys[range])
                        HMACSHA384.authenticate(into: output, key: wrappingKey) { update in
                            [domain].withUnsafeBytes(update)
                            update(nonce)
                        }
                    }
                }
            },
            body
        )
    }

    package static func withSealSubkeys<R>(
        header: [UInt8],
        sharedSecret: SecretBytes,
        ephemeralPublicKey: [UInt8],
        recipientPublicKey: [UInt8],
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try withSubkeys(
            byteCount: 48 + 48,
            layout: (0..<32, 32..<48, 48..<96),
            derive: { subkeys in
                for (range, domain) in [(0..<48, UInt8(0x01)), (48..<96, UInt8(0x02))] {
                    SHA384Hash.hash(into: UnsafeMutableRawBufferPointer(rebasing: subkeys[range])) { update in
                        [domain].withUnsafeBytes(update)
                        header.withUnsafeBytes(update)
                        sharedSecret.withUnsafeBytes(update)
                        ephemeralPublicKey.withUnsafeBytes(update)
                        recipientPublicKey.withUnsafeBytes(update)
                    }
                }
            },
            body
        )
    }

    package typealias PasswordParameters = PBKDF2Parameters
    package static let passwordSaltCount = 32
    /// `BE32(iterations)`.
    package static let passwordParametersCount = 4
    package static let passwordNonceCount = AESCTR.nonceCount

    package static func encode(_ parameters: PBKDF2Parameters) -> [UInt8] {
        BigEndian.bytes(UInt32(parameters.iterations))
    }

    /// Reads `BE32(iterations)`.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for zero iterations.
    package static func decodePasswordParameters(_ bytes: ArraySlice<UInt8>) throws -> PBKDF2Parameters {
        let iterations = BigEndian.value(bytes)
        guard let parameters = try? PBKDF2Parameters(iterations: Int(iterations)) else {
            throw PasetoError.make(.invalidKey, "the PASERK asks for \(iterations) PBKDF2 iterations")
        }
        return parameters
    }

    package static func select(argon2id: Argon2idParameters, pbkdf2: PBKDF2Parameters) -> PBKDF2Parameters {
        pbkdf2
    }

    package static func derivePasswordKey(
        password: PASERKPassword,
        salt: UnsafeRawBufferPointer,
        parameters: PBKDF2Parameters
    ) throws -> SecretBytes {
        guard
            let derived = PBKDF2SHA384.deriveKey(
                outputCount: 32,
                password: password.bytes,
                salt: salt,
                iterations: parameters.iterations
            )
        else { throw PasetoError.make(.keyDerivationFailed, "PBKDF2 refused \(parameters)") }
        return derived
    }

    package static func withPasswordSubkeys<R>(
        _ derived: SecretBytes,
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try withWipedBuffer(byteCount: 48 + 48) { subkeys in
            for (range, domain) in [(0..<48, UInt8(0xFF)), (48..<96, UInt8(0xFE))] {
                SHA384Hash.hash(into: UnsafeMutableRawBufferPointer(rebasing: subkeys[range])) { update in
                    [domain].withUnsafeBytes(update)
                    derived.withUnsafeBytes(update)
                }
            }
        } _: { subkeys in
            try body(
                UnsafeRawBufferPointer(rebasing: subkeys[0..<32]),
                UnsafeRawBufferPointer(rebasing: subkeys[48...])
            )
        }
    }
}
