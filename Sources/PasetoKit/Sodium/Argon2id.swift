internal import CSodium

/// Argon2id version 1.3 through `crypto_pwhash` with `crypto_pwhash_ALG_ARGON2ID13`; libsodium computes it
/// with parallelism 1 only.
enum Argon2id {
    /// The salt size, 16 bytes.
    static let saltCount = Int(crypto_pwhash_argon2id_SALTBYTES)
    /// The smallest and largest memory limits libsodium accepts, in bytes.
    static let memoryLimits: ClosedRange<Int> = {
        Sodium.ensureInitialized()
        return Int(crypto_pwhash_argon2id_memlimit_min())...Int(crypto_pwhash_argon2id_memlimit_max())
    }()
    /// The smallest and largest operations limits (passes) libsodium accepts.
    static let operationsLimits: ClosedRange<Int> = {
        Sodium.ensureInitialized()
        return Int(crypto_pwhash_argon2id_opslimit_min())...Int(crypto_pwhash_argon2id_opslimit_max())
    }()
    /// libsodium's `MODERATE` limits: 256 MiB and 3 passes.
    static let moderate = (
        memory: Int(crypto_pwhash_argon2id_memlimit_moderate()),
        operations: Int(crypto_pwhash_argon2id_opslimit_moderate())
    )
    /// libsodium's `INTERACTIVE` limits: 64 MiB and 2 passes.
    static let interactive = (
        memory: Int(crypto_pwhash_argon2id_memlimit_interactive()),
        operations: Int(crypto_pwhash_argon2id_opslimit_interactive())
    )
    /// libsodium's `SENSITIVE` limits: 1 GiB and 4 passes.
    static let sensitive = (
        memory: Int(crypto_pwhash_argon2id_memlimit_sensitive()),
        operations: Int(crypto_pwhash_argon2id_opslimit_sensitive())
    )

    /// Derives `outputCount` bytes from `password` and a 16-byte `salt`.
    ///
    /// - Returns: The derived key, or `nil` when libsodium fails, which with limits inside ``memoryLimits`` and
    ///   ``operationsLimits`` means it could not allocate the memory.
    static func deriveKey(
        outputCount: Int,
        password: SecretBytes,
        salt: UnsafeRawBufferPointer,
        memoryLimit: Int,
        operationsLimit: Int
    ) -> SecretBytes? {
        precondition(salt.count == saltCount, "Argon2id salt size")
        precondition(
            memoryLimits.contains(memoryLimit) && operationsLimits.contains(operationsLimit),
            "Argon2id limits"
        )
        precondition(outputCount >= 16, "Argon2id output size")
        Sodium.ensureInitialized()
        var status: Int32 = -1
        let key = SecretBytes(capacity: outputCount) { output in
            password.withUnsafeBytes { password in
                NonNullBytes.withPointer(to: password) { passwordPointer in
                    status = crypto_pwhash(
                        output.baseAddress!.assumingMemoryBound(to: UInt8.self),
                        UInt64(outputCount),
                        UnsafeRawPointer(passwordPointer).assumingMemoryBound(to: CChar.self),
                        UInt64(password.count),
                        salt.baseAddress!.assumingMemoryBound(to: UInt8.self),
                        UInt64(operationsLimit),
                        memoryLimit,
                        crypto_pwhash_ALG_ARGON2ID13
                    )
                }
            }
            return outputCount
        }
        return status == 0 ? key : nil
    }

}
