/// The subkeys v4.local and k2/k4 PIE wrapping derive from a key and a nonce with keyed BLAKE2b:
/// `Ek ‖ n2 = BLAKE2b-448(K, encryptionInfo ‖ n)` and `Ak = BLAKE2b-256(K, authenticationInfo ‖ n)`.
enum KeyedSubkeys {
    /// Derives the subkeys into stack memory, runs `body` with them and wipes them before returning.
    ///
    /// - Parameters:
    ///   - key: The 32-byte key `K`.
    ///   - encryptionInfo: The domain separation before `n` for `Ek ‖ n2`.
    ///   - authenticationInfo: The domain separation before `n` for `Ak`.
    ///   - nonce: The nonce `n`.
    ///   - body: Gets `Ek` (32 bytes), `n2` (24 bytes, the XChaCha20 nonce) and `Ak` (32 bytes).
    static func with<R>(
        key: SecretBytes,
        encryptionInfo: [UInt8],
        authenticationInfo: [UInt8],
        nonce: UnsafeRawBufferPointer,
        _ body: (
            _ encryptionKey: UnsafeRawBufferPointer, _ streamNonce: UnsafeRawBufferPointer,
            _ authenticationKey: UnsafeRawBufferPointer
        ) throws -> R
    ) rethrows -> R {
        try withUnsafeTemporaryAllocation(byteCount: 56 + 32, alignment: 16) { subkeys in
            defer { SecureZero.wipe(subkeys) }
            let derived = UnsafeMutableRawBufferPointer(rebasing: subkeys[0..<56])
            let authenticationKey = UnsafeMutableRawBufferPointer(rebasing: subkeys[56..<88])
            key.withUnsafeBytes { keyBytes in
                BLAKE2b.hash(into: derived, key: keyBytes) { hasher in
                    hasher.update(encryptionInfo)
                    hasher.update(nonce)
                }
                BLAKE2b.hash(into: authenticationKey, key: keyBytes) { hasher in
                    hasher.update(authenticationInfo)
                    hasher.update(nonce)
                }
            }
            return try body(
                UnsafeRawBufferPointer(rebasing: subkeys[0..<32]),
                UnsafeRawBufferPointer(rebasing: subkeys[32..<56]),
                UnsafeRawBufferPointer(authenticationKey)
            )
        }
    }
}
