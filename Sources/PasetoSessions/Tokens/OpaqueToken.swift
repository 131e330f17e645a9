internal import PasetoKit

/// Random opaque strings: refresh tokens, fingerprints, session ids and token ids.
///
/// Each is unpadded base64url of bytes from libsodium's CSPRNG; parsing is strict (exact length, canonical
/// base64url), so garbage, empty, oversized or non-ASCII input is refused before any hashing or store call.
enum OpaqueToken {
    /// 32 random bytes (256 bits): refresh tokens and fingerprints.
    static let secretByteCount = 32
    /// 16 random bytes (128 bits): session ids and access-token ids, which are not secret.
    static let identifierByteCount = 16

    /// A new random token of `byteCount` bytes.
    static func generate(byteCount: Int) -> String {
        encode(randomBytes(count: byteCount))
    }

    /// `count` bytes from libsodium's CSPRNG.
    static func randomBytes(count: Int) -> [UInt8] { RandomBytes.bytes(count: count) }

    /// Unpadded base64url of `bytes`.
    static func encode(_ bytes: [UInt8]) -> String { Base64URL.encode(bytes) }

    /// The bytes of `text` when it is exactly `byteCount` bytes in strict base64url; `nil` otherwise.
    static func decode(_ text: String, byteCount: Int) -> [UInt8]? {
        // 4/3 of the bytes, rounded up, without padding: checked before decoding, so 1 MB of input costs nothing.
        let expectedLength = (byteCount * 4 + 2) / 3
        guard text.utf8.count == expectedLength, let bytes = Base64URL.decode(text), bytes.count == byteCount else {
            return nil
        }
        return bytes
    }

    /// BLAKE2b-256 of `bytes` under a domain-separation key, so a refresh-token hash and a fingerprint hash
    /// of the same bytes differ.
    static func digest(_ bytes: [UInt8], domain: String) -> [UInt8] {
        let key = Array(domain.utf8)
        return key.withUnsafeBytes { key in
            bytes.withUnsafeBytes { BLAKE2b.hash(outputCount: 32, key: key, message: $0) }
        }
    }
}
