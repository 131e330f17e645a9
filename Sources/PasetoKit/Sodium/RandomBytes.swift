internal import CSodium

/// Randomness, only ever from libsodium's `randombytes_buf`.
package enum RandomBytes {
    /// Fills `buffer` with cryptographically secure random bytes.
    static func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        Sodium.ensureInitialized()
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        randombytes_buf(base, buffer.count)
    }

    /// Returns `count` fresh random bytes (for non-secret values such as nonces).
    package static func bytes(count: Int) -> [UInt8] {
        guard count > 0 else { return [] }  // no zero-capacity `unsafeUninitializedCapacity` (shared storage)
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(UnsafeMutableRawBufferPointer(buffer))
            initialized = count
        }
    }
}
