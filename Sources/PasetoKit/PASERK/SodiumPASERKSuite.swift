/// The k2/k4 PASERK primitives: XChaCha20, keyed BLAKE2b-256 tags, Argon2id (libsodium).
///
/// - `pie`: `Ek ‖ n2 = BLAKE2b-448(wk, 0x80 ‖ n)`, `Ak = BLAKE2b-256(wk, 0x81 ‖ n)`.
/// - `seal`: `Ek = BLAKE2b-256(0x01 ‖ h ‖ xk ‖ epk ‖ xpk)`, `Ak = BLAKE2b-256(0x02 ‖ …)`,
///   `n = BLAKE2b-192(epk ‖ xpk)`, all unkeyed.
/// - `*-pw`: `k = Argon2id(pw, s, mem, time, 1)`, `Ek = BLAKE2b-256(0xFF ‖ k)`, `Ak = BLAKE2b-256(0xFE ‖ k)`.
package enum SodiumPASERKSuite: PASERKCipherSuite {
    package static let tagCount = 32

    package static func xor(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer,
        nonce: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer
    ) {
        XChaCha20.xor(input, into: output, nonce: nonce, key: key)
    }

    package static func authenticate(
        into tag: UnsafeMutableRawBufferPointer,
        key: UnsafeRawBufferPointer,
        _ feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void
    ) {
        BLAKE2b.hash(into: tag, key: key) { hasher in feed { hasher.update($0) } }
    }

    package static func withPIESubkeys<R>(
        wrappingKey: SecretBytes,
        nonce: UnsafeRawBufferPointer,
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try KeyedSubkeys.with(key: wrappingKey, encryptionInfo: [0x80], authenticationInfo: [0x81], nonce: nonce, body)
    }

    package static func withSealSubkeys<R>(
        header: [UInt8],
        sharedSecret: SecretBytes,
        ephemeralPublicKey: [UInt8],
        recipientPublicKey: [UInt8],
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try withSubkeys(
            byteCount: 32 + 24 + 32,
            layout: (0..<32, 32..<56, 56..<88),
            derive: { subkeys in
                for (range, domain) in [(0..<32, UInt8(0x01)), (56..<88, UInt8(0x02))] {
                    BLAKE2b.hash(into: UnsafeMutableRawBufferPointer(rebasing: subkeys[range])) { hasher in
                        hasher.update([domain])
                        hasher.update(header)
                        sharedSecret.withUnsafeBytes { hasher.update($0) }
                        hasher.update(ephemeralPublicKey)
                        hasher.update(recipientPublicKey)
                    }
                }
                BLAKE2b.hash(into: UnsafeMutableRawBufferPointer(rebasing: subkeys[32..<56])) { hasher in
                    hasher.update(ephemeralPublicKey)
                    hasher.update(recipientPublicKey)
                }
            },
            body
        )
    }

    package typealias PasswordParameters = Argon2idParameters
    package static let passwordSaltCount = Argon2id.saltCount
    /// `BE64(mem) ‖ BE32(time) ‖ BE32(para)`.
    package static let passwordParametersCount = 16
    package static let passwordNonceCount = XChaCha20.nonceCount

    package static func encode(_ parameters: Argon2idParameters) -> [UInt8] {
        BigEndian.bytes(UInt64(parameters.memoryLimit)) + BigEndian.bytes(UInt32(parameters.operationsLimit))
            + BigEndian.bytes(UInt32(parameters.parallelism))
    }

    /// Reads `BE64(mem) ‖ BE32(time) ‖ BE32(para)`.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for a parallelism other than 1 or limits libsodium refuses.
    package static func decodePasswordParameters(_ bytes: ArraySlice<UInt8>) throws -> Argon2idParameters {
        let bytes = Array(bytes)
        let memory = BigEndian.value(bytes[0..<8])
        let time = BigEndian.value(bytes[8..<12])
        let parallelism = BigEndian.value(bytes[12..<16])
        guard parallelism == 1 else {
            throw PasetoError.make(
                .invalidKey,
                "the PASERK asks for Argon2id parallelism \(parallelism); libsodium computes only parallelism 1"
            )
        }
        guard memory <= UInt64(Int.max),
            let parameters = try? Argon2idParameters(memoryLimit: Int(memory), operationsLimit: Int(time))
        else {
            throw PasetoError.make(
                .invalidKey,
                "the PASERK's Argon2id limits (\(memory) bytes, \(time) passes) are outside what libsodium accepts"
            )
        }
        return parameters
    }

    package static func select(argon2id: Argon2idParameters, pbkdf2: PBKDF2Parameters) -> Argon2idParameters {
        argon2id
    }

    package static func derivePasswordKey(
        password: PASERKPassword,
        salt: UnsafeRawBufferPointer,
        parameters: Argon2idParameters
    ) throws -> SecretBytes {
        let derived = Argon2id.deriveKey(
            outputCount: 32,
            password: password.bytes,
            salt: salt,
            memoryLimit: parameters.memoryLimit,
            operationsLimit: parameters.operationsLimit
        )
        guard let derived else {
            throw PasetoError.make(
                .keyDerivationFailed,
                "Argon2id could not allocate \(parameters.memoryLimit) bytes of memory"
            )
        }
        return derived
    }

    package static func withPasswordSubkeys<R>(
        _ derived: SecretBytes,
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try withWipedBuffer(byteCount: 64) { subkeys in
            for (range, domain) in [(0..<32, UInt8(0xFF)), (32..<64, UInt8(0xFE))] {
                BLAKE2b.hash(into: UnsafeMutableRawBufferPointer(rebasing: subkeys[range])) { hasher in
                    hasher.update([domain])
                    derived.withUnsafeBytes { hasher.update($0) }
                }
            }
        } _: { subkeys in
            try body(
                UnsafeRawBufferPointer(rebasing: subkeys[0..<32]),
                UnsafeRawBufferPointer(rebasing: subkeys[32...])
            )
        }
    }
}

/// Big-endian integers as the PASERK password types record them.
enum BigEndian {
    /// The big-endian bytes of `value`.
    static func bytes<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }

    /// The unsigned value of big-endian `bytes` (at most 8 of them).
    static func value(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
