internal import CSodium

/// BLAKE2b (`crypto_generichash`), keyed or unkeyed, one-shot or streamed over several parts.
package enum BLAKE2b {
    /// A running hash; parts fed with ``update(_:)`` are hashed as if concatenated.
    struct Hasher: ~Copyable {
        fileprivate let state: OpaquePointer

        /// Absorbs `bytes`.
        func update(_ bytes: UnsafeRawBufferPointer) {
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            crypto_generichash_update(state, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
        }

        /// Absorbs `bytes`.
        func update(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { update($0) }
        }
    }

    /// Hashes the parts that `feed` gives the hasher into `output` (16 to 64 bytes), keyed with `key`
    /// (16 to 64 bytes) when given. The hash state lives on the stack and is wiped afterwards.
    static func hash(
        into output: UnsafeMutableRawBufferPointer,
        key: UnsafeRawBufferPointer? = nil,
        _ feed: (borrowing Hasher) -> Void
    ) {
        Sodium.ensureInitialized()
        precondition((16...64).contains(output.count), "BLAKE2b output must be 16 to 64 bytes")
        let keyPointer = key?.baseAddress?.assumingMemoryBound(to: UInt8.self)
        let keyCount = key?.count ?? 0
        precondition(keyCount == 0 || (16...64).contains(keyCount), "BLAKE2b key must be 16 to 64 bytes")
        // libsodium's state type is 64-byte aligned and opaque to Swift. A temporary allocation asking for
        // 64-byte alignment goes to the heap, so reserve 63 spare bytes of stack and align by hand.
        withUnsafeTemporaryAllocation(byteCount: stateCount + 63, alignment: 16) { raw in
            let address = (UInt(bitPattern: raw.baseAddress) + 63) & ~UInt(63)
            let aligned = UnsafeMutableRawBufferPointer(
                start: UnsafeMutableRawPointer(bitPattern: address),
                count: stateCount
            )
            let state = OpaquePointer(aligned.baseAddress!)
            defer { sodium_memzero(raw.baseAddress!, raw.count) }
            crypto_generichash_init(state, keyPointer, keyCount, output.count)
            let hasher = Hasher(state: state)
            feed(hasher)
            crypto_generichash_final(state, output.baseAddress!.assumingMemoryBound(to: UInt8.self), output.count)
        }
    }

    private static let stateCount = crypto_generichash_statebytes()

    /// One-shot hash of `message` into a new array of `outputCount` bytes.
    package static func hash(
        outputCount: Int,
        key: UnsafeRawBufferPointer? = nil,
        message: UnsafeRawBufferPointer
    ) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: outputCount) { buffer, initialized in
            hash(into: UnsafeMutableRawBufferPointer(buffer), key: key) { $0.update(message) }
            initialized = outputCount
        }
    }
}
