internal import CSodium

/// Constant-time comparison through `sodium_memcmp`.
package enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes. The running time depends only on the length, which is
    /// not treated as secret: buffers of different lengths compare unequal at once.
    package static func equals(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, let left = a.baseAddress, let right = b.baseAddress else { return true }
        Sodium.ensureInitialized()
        return sodium_memcmp(left, right, a.count) == 0
    }

    /// Array convenience for ``equals(_:_:)-(UnsafeRawBufferPointer,UnsafeRawBufferPointer)``.
    package static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBytes { left in b.withUnsafeBytes { right in equals(left, right) } }
    }

    /// Constant-time equality of two strings' UTF-8 bytes (the length is not treated as secret).
    package static func equals(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { left in
            b.withUTF8 { right in equals(UnsafeRawBufferPointer(left), UnsafeRawBufferPointer(right)) }
        }
    }
}
