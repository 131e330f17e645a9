/// Pointers for libsodium parameters declared non-null that may describe zero bytes.
enum NonNullBytes {
    /// Runs `body` with a pointer to `bytes`, or to one zero byte when `bytes` is empty (libsodium reads no
    /// byte then, but its declarations forbid a null pointer).
    static func withPointer<R>(to bytes: UnsafeRawBufferPointer, _ body: (UnsafePointer<UInt8>) -> R) -> R {
        if let base = bytes.baseAddress, bytes.count > 0 {
            return body(base.assumingMemoryBound(to: UInt8.self))
        }
        var zero: UInt8 = 0
        return withUnsafePointer(to: &zero) { body($0) }
    }
}
