internal import Crypto
internal import Foundation

/// HKDF-SHA-384 (RFC 5869, swift-crypto `HKDF<SHA384>`): the subkeys of v1.local and v3.local.
enum HKDFSHA384 {
    /// Derives `output.count` bytes from `key` with `info` and, when given, `salt`; without one the salt is
    /// RFC 5869's default (48 zero bytes), as v3 requires.
    ///
    /// The input key is copied into a swift-crypto `SymmetricKey` and the output comes back in another; both
    /// wipe their copy when freed. The output is copied into `output`, which the caller wipes.
    static func deriveKey(
        into output: UnsafeMutableRawBufferPointer,
        key: SecretBytes,
        salt: UnsafeRawBufferPointer? = nil,
        info: [UInt8]
    ) {
        let inputKey = key.withUnsafeBytes { SymmetricKey(data: $0) }
        let derived =
            if let salt {
                HKDF<SHA384>.deriveKey(
                    inputKeyMaterial: inputKey,
                    salt: salt,
                    info: info,
                    outputByteCount: output.count
                )
            } else {
                HKDF<SHA384>.deriveKey(inputKeyMaterial: inputKey, info: info, outputByteCount: output.count)
            }
        derived.withUnsafeBytes { output.copyMemory(from: $0) }
    }
}
