/// PASERK `local-pw` and `secret-pw` for k2 and k4: a key encrypted under a password with Argon2id.
///
/// With `h = kN.local-pw.` (or `secret-pw`), a random 16-byte salt `s` and 24-byte nonce `n`:
/// `k = Argon2id(password, s, mem, time, para = 1)`, `Ek = BLAKE2b-256(0xFF ‖ k)`,
/// `Ak = BLAKE2b-256(0xFE ‖ k)` (unkeyed), `edk = XChaCha20(Ek, n, key)`,
/// `t = BLAKE2b-256(Ak, h ‖ s ‖ BE64(mem) ‖ BE32(time) ‖ BE32(para) ‖ n ‖ edk)`; the PASERK is
/// `h ‖ base64url(s ‖ BE64(mem) ‖ BE32(time) ‖ BE32(para) ‖ n ‖ edk ‖ t)`, `mem` in bytes. Unwrapping reads
/// the parameters from the PASERK, checks `t` in constant time, then decrypts.
package enum PASERKPasswordWrap {
    package static let saltCount = Argon2id.saltCount
    /// `BE64(mem) ‖ BE32(time) ‖ BE32(para)`.
    package static let parametersCount = 16
    package static let nonceCount = XChaCha20.nonceCount
    private static let derivedKeyCount = 32

    /// Wraps `key` under `password`.
    ///
    /// - Parameters:
    ///   - salt: A fixed 16-byte salt, for the official vectors and tests only; random when `nil`.
    ///   - nonce: A fixed 24-byte nonce, for the official vectors and tests only; random when `nil`.
    /// - Throws: ``PasetoError`` `invalid-password` for an empty password, `key-derivation-failed` when
    ///   Argon2id cannot allocate its memory.
    package static func wrap<Key: SodiumSecretKey>(
        _ key: Key,
        password: PASERKPassword,
        parameters: Argon2idParameters,
        salt: [UInt8]? = nil,
        nonce: [UInt8]? = nil
    ) throws -> String {
        guard !password.isEmpty else {
            throw PasetoError.make(.invalidPassword, "an empty password cannot wrap a key")
        }
        let salt = salt ?? RandomBytes.bytes(count: saltCount)
        let nonce = nonce ?? RandomBytes.bytes(count: nonceCount)
        precondition(salt.count == saltCount && nonce.count == nonceCount, "password wrap salt or nonce size")
        let header = header(for: Key.self)
        let encodedParameters = encode(parameters)
        let derived = try deriveKey(password: password, salt: salt, parameters: parameters)
        let bodyCount = saltCount + parametersCount + nonceCount + key.secret.count
        var data = [UInt8](repeating: 0, count: bodyCount + PASERKTag.count)
        data.withUnsafeMutableBytes { data in
            let prefix = salt + encodedParameters + nonce
            prefix.withUnsafeBytes {
                UnsafeMutableRawBufferPointer(rebasing: data[..<prefix.count]).copyMemory(from: $0)
            }
            let encryptedKey = UnsafeMutableRawBufferPointer(rebasing: data[(bodyCount - key.secret.count)..<bodyCount])
            withSubkeys(derived) { encryptionKey, authenticationKey in
                key.secret.withUnsafeBytes { plaintext in
                    nonce.withUnsafeBytes { nonce in
                        XChaCha20.xor(plaintext, into: encryptedKey, nonce: nonce, key: encryptionKey)
                    }
                }
                PASERKTag.compute(
                    into: UnsafeMutableRawBufferPointer(rebasing: data[bodyCount...]),
                    authenticationKey: authenticationKey,
                    header: header,
                    body: UnsafeRawBufferPointer(rebasing: data[..<bodyCount])
                )
            }
        }
        return header + Base64URL.encode(data)
    }

    /// Unwraps a `kN.local-pw.` or `kN.secret-pw.` PASERK with `password`, using the Argon2id parameters the
    /// PASERK records, refusing a cost above `maximumCost` before running Argon2id (a forged PASERK could
    /// otherwise demand any amount of memory and time).
    ///
    /// - Throws: `invalid-parameters` when the recorded cost exceeds `maximumCost`; ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   malformed (including parameters libsodium cannot run, such as a parallelism other than 1),
    ///   `invalid-parameters` when the recorded cost exceeds `maximumCost` (checked before any derivation),
    ///   `key-derivation-failed` when Argon2id cannot allocate its memory, `authentication-failed` for a
    ///   wrong password or an altered PASERK.
    package static func unwrap<Key: SodiumSecretKey>(
        _ paserk: String,
        as type: Key.Type,
        password: PASERKPassword,
        maximumCost: Argon2idParameters
    ) throws -> Key {
        let header = header(for: Key.self)
        let data = try PASERKHeader(version: Key.version, type: passwordType(of: Key.self)).publicData(of: paserk)
        let bodyCount = saltCount + parametersCount + nonceCount + Key.secretCount
        guard data.count == bodyCount + PASERKTag.count else {
            throw PasetoError.make(
                .invalidKey,
                "a \(header) PASERK holds \(bodyCount + PASERKTag.count) bytes, not \(data.count)"
            )
        }
        let parameters = try decodeParameters(data[saltCount..<(saltCount + parametersCount)])
        guard parameters.isWithin(maximumCost) else {
            throw PasetoError.make(
                .invalidParameters,
                "the PASERK asks for \(parameters), more than the allowed \(maximumCost); raise maximumCost to accept it"
            )
        }
        let derived = try deriveKey(password: password, salt: Array(data[..<saltCount]), parameters: parameters)
        let secret = try data.withUnsafeBytes { data in
            try withSubkeys(derived) { encryptionKey, authenticationKey in
                let authentic = PASERKTag.isValid(
                    UnsafeRawBufferPointer(rebasing: data[bodyCount...]),
                    authenticationKey: authenticationKey,
                    header: header,
                    body: UnsafeRawBufferPointer(rebasing: data[..<bodyCount])
                )
                guard authentic else {
                    throw PasetoError.make(.authenticationFailed, "the password does not unwrap this key")
                }
                let nonceStart = saltCount + parametersCount
                let nonce = UnsafeRawBufferPointer(rebasing: data[nonceStart..<(nonceStart + nonceCount)])
                let encryptedKey = UnsafeRawBufferPointer(rebasing: data[(nonceStart + nonceCount)..<bodyCount])
                return SecretBytes(capacity: encryptedKey.count) { plaintext in
                    XChaCha20.xor(encryptedKey, into: plaintext, nonce: nonce, key: encryptionKey)
                    return encryptedKey.count
                }
            }
        }
        return try Key(validating: secret)
    }

    /// The header, e.g. `k4.local-pw.`.
    package static func header<Key: SodiumSecretKey>(for type: Key.Type) -> String {
        PASERKHeader(version: Key.version, type: passwordType(of: Key.self)).description
    }

    private static func passwordType<Key: SodiumSecretKey>(of type: Key.Type) -> PASERKType {
        guard let passwordType = Key.paserkType.passwordType else {
            preconditionFailure("only local and secret keys are wrapped under a password")
        }
        return passwordType
    }

    /// `BE64(mem) ‖ BE32(time) ‖ BE32(para)`.
    private static func encode(_ parameters: Argon2idParameters) -> [UInt8] {
        bigEndian(UInt64(parameters.memoryLimit)) + bigEndian(UInt32(parameters.operationsLimit))
            + bigEndian(UInt32(parameters.parallelism))
    }

    private static func bigEndian<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }

    /// Reads and checks the 16 parameter bytes of a PASERK.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for a parallelism other than 1 or limits libsodium refuses.
    private static func decodeParameters(_ bytes: ArraySlice<UInt8>) throws -> Argon2idParameters {
        let bytes = Array(bytes)
        let memory = bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let time = bytes[8..<12].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let parallelism = bytes[12..<16].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
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

    /// `k = Argon2id(password, salt, parameters)`, 32 bytes.
    private static func deriveKey(
        password: PASERKPassword,
        salt: [UInt8],
        parameters: Argon2idParameters
    ) throws -> SecretBytes {
        let derived = salt.withUnsafeBytes {
            Argon2id.deriveKey(
                outputCount: derivedKeyCount,
                password: password.bytes,
                salt: $0,
                memoryLimit: parameters.memoryLimit,
                operationsLimit: parameters.operationsLimit
            )
        }
        guard let derived else {
            throw PasetoError.make(
                .keyDerivationFailed,
                "Argon2id could not allocate \(parameters.memoryLimit) bytes of memory"
            )
        }
        return derived
    }

    /// `Ek = BLAKE2b-256(0xFF ‖ k)` and `Ak = BLAKE2b-256(0xFE ‖ k)` in stack memory, wiped afterwards.
    private static func withSubkeys<R>(
        _ derived: SecretBytes,
        _ body: (_ encryptionKey: UnsafeRawBufferPointer, _ authenticationKey: UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try withUnsafeTemporaryAllocation(byteCount: 64, alignment: 16) { subkeys in
            defer { SecureZero.wipe(subkeys) }
            let encryptionKey = UnsafeMutableRawBufferPointer(rebasing: subkeys[0..<32])
            let authenticationKey = UnsafeMutableRawBufferPointer(rebasing: subkeys[32..<64])
            for (output, domain) in [(encryptionKey, UInt8(0xFF)), (authenticationKey, UInt8(0xFE))] {
                BLAKE2b.hash(into: output) { hasher in
                    hasher.update([domain])
                    derived.withUnsafeBytes { hasher.update($0) }
                }
            }
            return try body(UnsafeRawBufferPointer(encryptionKey), UnsafeRawBufferPointer(authenticationKey))
        }
    }
}
