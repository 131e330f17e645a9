/// The authentication tag of the k2/k4 `seal`, `*-wrap.pie` and `*-pw` types: `BLAKE2b-256(Ak, h ‖ body)`,
/// where `h` is the PASERK header and `body` the data it covers (plain concatenation, not PAE).
enum PASERKTag {
    /// The tag size, 32 bytes.
    static let count = 32

    /// Writes the tag of `header ‖ body` under `authenticationKey` into `tag`.
    static func compute(
        into tag: UnsafeMutableRawBufferPointer,
        authenticationKey: UnsafeRawBufferPointer,
        header: String,
        body: UnsafeRawBufferPointer
    ) {
        BLAKE2b.hash(into: tag, key: authenticationKey) { hasher in
            hasher.update(Array(header.utf8))
            hasher.update(body)
        }
    }

    /// Whether `tag` is the tag of `header ‖ body` under `authenticationKey` (compared in constant time).
    static func isValid(
        _ tag: UnsafeRawBufferPointer,
        authenticationKey: UnsafeRawBufferPointer,
        header: String,
        body: UnsafeRawBufferPointer
    ) -> Bool {
        withUnsafeTemporaryAllocation(byteCount: count, alignment: 1) { expected in
            compute(into: expected, authenticationKey: authenticationKey, header: header, body: body)
            return ConstantTime.equals(UnsafeRawBufferPointer(expected), tag)
        }
    }
}
