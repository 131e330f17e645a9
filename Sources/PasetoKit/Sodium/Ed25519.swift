internal import CSodium

/// Ed25519 signatures (`crypto_sign_*`): 32-byte seeds, 64-byte secret keys (seed ‖ public key),
/// 32-byte public keys and 64-byte detached signatures.
package enum Ed25519 {
    package static let seedCount = Int(crypto_sign_SEEDBYTES)
    package static let secretKeyCount = Int(crypto_sign_SECRETKEYBYTES)
    package static let publicKeyCount = Int(crypto_sign_PUBLICKEYBYTES)
    package static let signatureCount = Int(crypto_sign_BYTES)

    /// Derives the 64-byte secret key and the public key from a 32-byte seed.
    static func keyPair(seed: UnsafeRawBufferPointer) -> (secretKey: SecretBytes, publicKey: [UInt8]) {
        precondition(seed.count == seedCount, "Ed25519 seed size")
        Sodium.ensureInitialized()
        var publicKey = [UInt8](repeating: 0, count: publicKeyCount)
        let secretKey = SecretBytes(capacity: secretKeyCount) { secret in
            publicKey.withUnsafeMutableBytes { pk in
                _ = crypto_sign_seed_keypair(
                    pk.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    secret.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    seed.baseAddress!.assumingMemoryBound(to: UInt8.self)
                )
            }
            return secretKeyCount
        }
        return (secretKey, publicKey)
    }

    /// A fresh key pair from a random seed.
    static func generateKeyPair() -> (secretKey: SecretBytes, publicKey: [UInt8]) {
        let seed = SecretBytes(randomCount: seedCount)
        return seed.withUnsafeBytes { keyPair(seed: $0) }
    }

    /// Signs `message` with a 64-byte secret key; returns the 64-byte detached signature.
    static func sign(_ message: UnsafeRawBufferPointer, secretKey: SecretBytes) -> [UInt8] {
        precondition(secretKey.count == secretKeyCount, "Ed25519 secret key size")
        Sodium.ensureInitialized()
        return [UInt8](unsafeUninitializedCapacity: signatureCount) { signature, initialized in
            secretKey.withUnsafeBytes { sk in
                _ = NonNullBytes.withPointer(to: message) { messagePointer in
                    crypto_sign_detached(
                        signature.baseAddress!,
                        nil,
                        messagePointer,
                        UInt64(message.count),
                        sk.baseAddress!.assumingMemoryBound(to: UInt8.self)
                    )
                }
            }
            initialized = signatureCount
        }
    }

    /// Whether `signature` is a valid signature of `message` under `publicKey`. Wrong sizes are invalid.
    package static func isValidSignature(
        _ signature: UnsafeRawBufferPointer,
        for message: UnsafeRawBufferPointer,
        publicKey: UnsafeRawBufferPointer
    ) -> Bool {
        guard signature.count == signatureCount, publicKey.count == publicKeyCount else { return false }
        Sodium.ensureInitialized()
        return NonNullBytes.withPointer(to: message) { messagePointer in
            crypto_sign_verify_detached(
                signature.baseAddress!.assumingMemoryBound(to: UInt8.self),
                messagePointer,
                UInt64(message.count),
                publicKey.baseAddress!.assumingMemoryBound(to: UInt8.self)
            ) == 0
        }
    }

    /// Whether `publicKey` is a usable Ed25519 public key: 32 bytes, a canonical encoding of a point on the
    /// curve, in the prime-order subgroup and not of small order (libsodium's
    /// `crypto_core_ed25519_is_valid_point`). An all-zero key, the identity, low-order points and encodings
    /// that are not on the curve are refused, so no forged key verifies anything.
    package static func isValidPublicKey(_ publicKey: UnsafeRawBufferPointer) -> Bool {
        guard publicKey.count == publicKeyCount else { return false }
        Sodium.ensureInitialized()
        return crypto_core_ed25519_is_valid_point(publicKey.baseAddress!.assumingMemoryBound(to: UInt8.self)) == 1
    }

    /// The public key embedded in (the second half of) a 64-byte secret key.
    static func embeddedPublicKey(of secretKey: SecretBytes) -> [UInt8] {
        secretKey.withUnsafeBytes { Array($0[seedCount..<secretKeyCount]) }
    }
}
