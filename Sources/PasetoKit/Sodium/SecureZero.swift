internal import CSodium

/// Wiping memory that held secrets, with `sodium_memzero` (never optimised away).
enum SecureZero {
    /// Overwrites `buffer` with zeros.
    static func wipe(_ buffer: UnsafeMutableRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        sodium_memzero(base, buffer.count)
    }
}
