internal import Crypto
internal import CryptoExtras
internal import Foundation

/// PBKDF2-HMAC-SHA-384 (swift-crypto `KDF.Insecure.PBKDF2`): the key derivation of k1/k3 `local-pw` and
/// `secret-pw`.
enum PBKDF2SHA384 {
    /// Derives `outputCount` bytes from `password` and `salt` with `iterations` rounds.
    ///
    /// swift-crypto's checked entry point refuses fewer than 210,000 rounds, while PASERKs record their own
    /// count (the official vectors use 1,000 and 10,000), so this calls `unsafeUncheckedRounds:`; the callers
    /// bound the count from above and below. The password is read in place; the result comes back in a
    /// `SymmetricKey` and is copied into ``SecretBytes``.
    ///
    /// - Returns: The derived key, or `nil` when swift-crypto refuses the parameters.
    static func deriveKey(
        outputCount: Int,
        password: SecretBytes,
        salt: UnsafeRawBufferPointer,
        iterations: Int
    ) -> SecretBytes? {
        let derived = password.withUnsafeBytes { password in
            try? KDF.Insecure.PBKDF2.deriveKey(
                from: password,
                salt: salt,
                using: .sha384,
                outputByteCount: outputCount,
                unsafeUncheckedRounds: iterations
            )
        }
        guard let derived else { return nil }
        return derived.withUnsafeBytes { SecretBytes(copying: $0) }
    }
}
