internal import CSodium

/// The one storage type for secret bytes: keys, derived subkeys and decoded secrets.
///
/// The buffer is owned by this object and wiped with `sodium_memzero` over its whole capacity when the
/// last reference goes away. Bytes are reachable only through ``withUnsafeBytes(_:)``; the type has no
/// description that shows them and compares only in constant time.
package final class SecretBytes: @unchecked Sendable, CustomStringConvertible, CustomReflectable {
    // Immutable after initialisation, so sharing between threads is safe.
    private let storage: UnsafeMutableRawBufferPointer
    /// The number of meaningful bytes (at most the allocated capacity).
    package let count: Int

    /// Allocates `capacity` bytes and lets `fill` write them; `fill` returns how many bytes are valid.
    package init(capacity: Int, fill: (UnsafeMutableRawBufferPointer) -> Int) {
        Sodium.ensureInitialized()
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(capacity, 1), alignment: 16)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
        let written = fill(UnsafeMutableRawBufferPointer(rebasing: storage[0..<capacity]))
        precondition(written >= 0 && written <= capacity, "SecretBytes fill wrote outside its buffer")
        count = written
    }

    /// Copies `bytes` into wiped-on-free storage.
    package convenience init(copying bytes: UnsafeRawBufferPointer) {
        self.init(capacity: bytes.count) { buffer in
            buffer.copyMemory(from: bytes)
            return bytes.count
        }
    }

    /// Copies the bytes of `array` into wiped-on-free storage (the caller still owns the array).
    package convenience init(copying array: [UInt8]) {
        self.init(capacity: array.count) { buffer in
            array.withUnsafeBytes { buffer.copyMemory(from: $0) }
            return array.count
        }
    }

    /// Fresh random bytes from libsodium's CSPRNG.
    package convenience init(randomCount count: Int) {
        self.init(capacity: count) { buffer in
            RandomBytes.fill(buffer)
            return count
        }
    }

    deinit {
        if let base = storage.baseAddress {
            sodium_memzero(base, storage.count)
        }
        storage.deallocate()
    }

    /// Gives `body` read access to the secret bytes; the pointer must not escape.
    package func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(rebasing: storage[0..<count]))
    }

    /// Constant-time equality of contents (lengths are not secret and are compared first).
    package func constantTimeEquals(_ other: SecretBytes) -> Bool {
        withUnsafeBytes { mine in other.withUnsafeBytes { theirs in ConstantTime.equals(mine, theirs) } }
    }

    /// `SecretBytes(N bytes)`; never the contents.
    package var description: String { "SecretBytes(\(count) bytes)" }

    /// A mirror without children, so `dump` and debuggers do not print the buffer.
    package var customMirror: Mirror { Mirror(self, children: [:]) }
}
