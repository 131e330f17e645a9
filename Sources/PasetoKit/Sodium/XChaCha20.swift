internal import CSodium

/// The XChaCha20 stream cipher (`crypto_stream_xchacha20_xor`), without authentication.
enum XChaCha20 {
    static let keyCount = Int(crypto_stream_xchacha20_KEYBYTES)
    static let nonceCount = Int(crypto_stream_xchacha20_NONCEBYTES)

    /// XORs `input` with the key stream of (`key`, `nonce`) into `output`, which must be as long as `input`.
    static func xor(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer,
        nonce: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer
    ) {
        precondition(key.count == keyCount && nonce.count == nonceCount, "XChaCha20 key or nonce size")
        precondition(output.count == input.count, "XChaCha20 output size")
        guard input.count > 0 else { return }
        Sodium.ensureInitialized()
        crypto_stream_xchacha20_xor(
            output.baseAddress!.assumingMemoryBound(to: UInt8.self),
            input.baseAddress!.assumingMemoryBound(to: UInt8.self),
            UInt64(input.count),
            nonce.baseAddress!.assumingMemoryBound(to: UInt8.self),
            key.baseAddress!.assumingMemoryBound(to: UInt8.self)
        )
    }
}
