internal import Crypto
internal import CryptoExtras
internal import Foundation

/// AES-256 in counter mode (swift-crypto `AES._CTR`), without authentication.
///
/// The 16-byte nonce is the whole initial counter block, incremented as one 128-bit big-endian number, like
/// OpenSSL's `aes-256-ctr` that the PASETO vectors were made with.
enum AESCTR {
    /// The key size, 32 bytes (AES-256).
    static let keyCount = 32
    /// The nonce (initial counter block) size, 16 bytes.
    static let nonceCount = 16

    /// XORs `input` with the key stream of (`key`, `nonce`) into `output`, which must be as long as `input`.
    ///
    /// swift-crypto returns the result in a `Data`, which is copied into `output` and then overwritten with
    /// zeros; the key is held by a `SymmetricKey` that wipes its copy when freed.
    static func xor(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer,
        nonce: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer
    ) {
        precondition(key.count == keyCount && nonce.count == nonceCount, "AES-256-CTR key or nonce size")
        precondition(output.count == input.count, "AES-256-CTR output size")
        guard input.count > 0 else { return }
        do {
            var result = try AES._CTR.encrypt(
                input,
                using: SymmetricKey(data: key),
                nonce: AES._CTR.Nonce(nonceBytes: nonce)
            )
            defer { result.withUnsafeMutableBytes { SecureZero.wipe($0) } }
            precondition(result.count == input.count, "AES-256-CTR changed the length")
            result.withUnsafeBytes { output.copyMemory(from: $0) }
        } catch {
            preconditionFailure("AES-256-CTR refused a checked key and nonce: \(error)")
        }
    }
}
