internal import Crypto
internal import Foundation

/// HMAC-SHA-384 (swift-crypto `HMAC<SHA384>`), streamed over several parts.
///
/// The key is copied into a swift-crypto `SymmetricKey`, which holds its own copy and wipes it when freed.
enum HMACSHA384 {
    /// The tag size, 48 bytes.
    static let count = 48

    /// Authenticates the parts `feed` passes to its `update` function, as if concatenated, under `key`, and
    /// writes the first `tag.count` bytes of the tag (1 to 48) into `tag`.
    static func authenticate(
        into tag: UnsafeMutableRawBufferPointer,
        key: UnsafeRawBufferPointer,
        _ feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void
    ) {
        precondition((1...count).contains(tag.count), "HMAC-SHA-384 output must be 1 to 48 bytes")
        var authenticator = HMAC<SHA384>(key: SymmetricKey(data: key))
        feed { authenticator.update(data: $0) }
        authenticator.finalize().withUnsafeBytes { code in
            tag.copyMemory(from: UnsafeRawBufferPointer(rebasing: code[..<tag.count]))
        }
    }

    /// Whether `tag` (48 bytes) is the tag of the parts `feed` passes on, under `key`; compared in constant
    /// time with ``ConstantTime``.
    static func isValid(
        _ tag: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer,
        _ feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void
    ) -> Bool {
        withUnsafeTemporaryAllocation(byteCount: count, alignment: 1) { expected in
            authenticate(into: expected, key: key, feed)
            return ConstantTime.equals(UnsafeRawBufferPointer(expected), tag)
        }
    }
}
