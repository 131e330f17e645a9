internal import CSodium

/// The XChaCha20-Poly1305 AEAD (`crypto_aead_xchacha20poly1305_ietf_*`): 32-byte keys, 24-byte nonces and a
/// 16-byte Poly1305 tag appended to the ciphertext.
enum XChaCha20Poly1305 {
    static let keyCount = Int(crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
    static let nonceCount = Int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
    static let tagCount = Int(crypto_aead_xchacha20poly1305_ietf_ABYTES)

    /// Encrypts `plaintext` and authenticates it together with `associatedData`.
    ///
    /// - Returns: ciphertext ‖ tag, 16 bytes longer than `plaintext`.
    static func seal(
        _ plaintext: UnsafeRawBufferPointer,
        associatedData: UnsafeRawBufferPointer,
        nonce: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer
    ) -> [UInt8] {
        precondition(key.count == keyCount && nonce.count == nonceCount, "XChaCha20-Poly1305 key or nonce size")
        Sodium.ensureInitialized()
        let outputCount = plaintext.count + tagCount
        return [UInt8](unsafeUninitializedCapacity: outputCount) { output, initialized in
            var written: UInt64 = 0
            _ = crypto_aead_xchacha20poly1305_ietf_encrypt(
                output.baseAddress!,
                &written,
                plaintext.baseAddress?.assumingMemoryBound(to: UInt8.self),
                UInt64(plaintext.count),
                associatedData.baseAddress?.assumingMemoryBound(to: UInt8.self),
                UInt64(associatedData.count),
                nil,
                nonce.baseAddress!.assumingMemoryBound(to: UInt8.self),
                key.baseAddress!.assumingMemoryBound(to: UInt8.self)
            )
            precondition(written == UInt64(outputCount), "XChaCha20-Poly1305 output size")
            initialized = outputCount
        }
    }

    /// Verifies the tag at the end of `ciphertextAndTag` over the ciphertext and `associatedData`, then decrypts.
    ///
    /// - Returns: The plaintext, or `nil` when the tag does not verify, the input is shorter than a tag, or the
    ///   key or nonce has another size than the AEAD takes (nothing is decrypted then).
    static func open(
        _ ciphertextAndTag: UnsafeRawBufferPointer,
        associatedData: UnsafeRawBufferPointer,
        nonce: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer
    ) -> [UInt8]? {
        guard key.count == keyCount, nonce.count == nonceCount, ciphertextAndTag.count >= tagCount else { return nil }
        Sodium.ensureInitialized()
        let plaintextCount = ciphertextAndTag.count - tagCount
        var status: Int32 = -1
        // One spare byte keeps the output pointer non-null for an empty plaintext.
        let plaintext = [UInt8](unsafeUninitializedCapacity: plaintextCount + 1) { output, initialized in
            var written: UInt64 = 0
            status = crypto_aead_xchacha20poly1305_ietf_decrypt(
                output.baseAddress,
                &written,
                nil,
                ciphertextAndTag.baseAddress!.assumingMemoryBound(to: UInt8.self),
                UInt64(ciphertextAndTag.count),
                associatedData.baseAddress?.assumingMemoryBound(to: UInt8.self),
                UInt64(associatedData.count),
                nonce.baseAddress!.assumingMemoryBound(to: UInt8.self),
                key.baseAddress!.assumingMemoryBound(to: UInt8.self)
            )
            initialized = status == 0 ? Int(written) : 0
        }
        return status == 0 ? plaintext : nil
    }
}
