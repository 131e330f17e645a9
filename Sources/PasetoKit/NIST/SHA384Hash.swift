internal import Crypto
internal import Foundation

/// SHA-384 (swift-crypto `SHA384`), streamed over several parts.
///
/// Used for the k1/k3 key ids (truncated to 33 bytes) and the subkeys of k3 `seal` and k1/k3 `*-pw`. The
/// running state is swift-crypto's own value; the digest is copied into the caller's buffer.
enum SHA384Hash {
    /// The digest size, 48 bytes.
    static let count = 48

    /// Hashes the parts `feed` passes to its `update` function, as if concatenated, and writes the first
    /// `output.count` bytes of the digest (1 to 48) into `output`.
    static func hash(
        into output: UnsafeMutableRawBufferPointer,
        _ feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void
    ) {
        precondition((1...count).contains(output.count), "SHA-384 output must be 1 to 48 bytes")
        var hasher = SHA384()
        feed { hasher.update(bufferPointer: $0) }
        hasher.finalize().withUnsafeBytes { digest in
            output.copyMemory(from: UnsafeRawBufferPointer(rebasing: digest[..<output.count]))
        }
    }

    /// The first `outputCount` bytes of the SHA-384 digest of `message`.
    static func hash(outputCount: Int = count, message: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: outputCount) { buffer, initialized in
            hash(into: UnsafeMutableRawBufferPointer(buffer)) { update in message.withUnsafeBytes(update) }
            initialized = outputCount
        }
    }
}
