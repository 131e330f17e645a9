internal import CSodium

/// X25519 key agreement (`crypto_scalarmult`), and the conversion of Ed25519 keys into X25519 keys
/// (`crypto_sign_ed25519_pk_to_curve25519`, `crypto_sign_ed25519_sk_to_curve25519`) that PASERK `seal` uses.
enum X25519 {
    static let keyCount = Int(crypto_scalarmult_BYTES)

    /// The X25519 public key of a 32-byte secret scalar.
    static func publicKey(of secretKey: SecretBytes) -> [UInt8] {
        precondition(secretKey.count == keyCount, "X25519 secret key size")
        Sodium.ensureInitialized()
        return [UInt8](unsafeUninitializedCapacity: keyCount) { output, initialized in
            secretKey.withUnsafeBytes { scalar in
                _ = crypto_scalarmult_base(output.baseAddress!, scalar.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
            initialized = keyCount
        }
    }

    /// The shared secret of `secretKey` and `publicKey`, or `nil` when `publicKey` has another size or the
    /// result is all zeros (a low-order public key), which libsodium refuses.
    static func sharedSecret(secretKey: SecretBytes, publicKey: UnsafeRawBufferPointer) -> SecretBytes? {
        precondition(secretKey.count == keyCount, "X25519 secret key size")
        guard publicKey.count == keyCount else { return nil }
        Sodium.ensureInitialized()
        var status: Int32 = -1
        let shared = SecretBytes(capacity: keyCount) { output in
            secretKey.withUnsafeBytes { scalar in
                status = crypto_scalarmult(
                    output.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    scalar.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    publicKey.baseAddress!.assumingMemoryBound(to: UInt8.self)
                )
            }
            return keyCount
        }
        return status == 0 ? shared : nil
    }

    /// The X25519 form of an Ed25519 public key, or `nil` when the bytes are no usable Ed25519 point (not on
    /// the curve, or of small order) or have another size.
    static func publicKey(fromEd25519 publicKey: UnsafeRawBufferPointer) -> [UInt8]? {
        guard publicKey.count == Ed25519.publicKeyCount else { return nil }
        Sodium.ensureInitialized()
        var status: Int32 = -1
        let converted = [UInt8](unsafeUninitializedCapacity: keyCount) { output, initialized in
            status = crypto_sign_ed25519_pk_to_curve25519(
                output.baseAddress!,
                publicKey.baseAddress!.assumingMemoryBound(to: UInt8.self)
            )
            initialized = keyCount
        }
        return status == 0 ? converted : nil
    }

    /// The X25519 secret scalar of a 64-byte Ed25519 secret key (the clamped SHA-512 of its seed).
    static func secretKey(fromEd25519 secretKey: SecretBytes) -> SecretBytes {
        precondition(secretKey.count == Ed25519.secretKeyCount, "Ed25519 secret key size")
        Sodium.ensureInitialized()
        return SecretBytes(capacity: keyCount) { output in
            secretKey.withUnsafeBytes { ed25519 in
                _ = crypto_sign_ed25519_sk_to_curve25519(
                    output.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    ed25519.baseAddress!.assumingMemoryBound(to: UInt8.self)
                )
            }
            return keyCount
        }
    }
}
