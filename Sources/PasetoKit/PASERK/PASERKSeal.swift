/// PASERK `seal` for k2 and k4: a local key encrypted to the X25519 form of an Ed25519 public key, which
/// only the matching secret key opens. (This is not libsodium's `crypto_box_seal`.)
///
/// With `h = kN.seal.`, `xpk` the recipient's Ed25519 public key converted to X25519, a fresh ephemeral X25519
/// key pair `(esk, epk)` and `xk = X25519(esk, xpk)`: `Ek = BLAKE2b-256(0x01 ‖ h ‖ xk ‖ epk ‖ xpk)`,
/// `Ak = BLAKE2b-256(0x02 ‖ h ‖ xk ‖ epk ‖ xpk)`, `n = BLAKE2b-192(epk ‖ xpk)` (all unkeyed),
/// `edk = XChaCha20(Ek, n, key)`, `t = BLAKE2b-256(Ak, h ‖ epk ‖ edk)`; the PASERK is
/// `h ‖ base64url(t ‖ epk ‖ edk)`. Opening uses `xk = X25519(xsk, epk)` and the same `xpk`, as the official
/// vectors do (the specification's text names the Ed25519 key there, which fails them).
package enum PASERKSeal {
    static let tagCount = PASERKTag.count

    /// Seals the local key `key` to `publicKey`, an Ed25519 public key of the same version.
    ///
    /// - Parameter ephemeralSecretKey: A fixed 32-byte X25519 secret key, for tests only; random when `nil`.
    /// - Throws: ``PasetoError`` `invalid-key` when `publicKey` is not a usable Ed25519 point (off the curve
    ///   or of small order), so nothing can be sealed to it.
    package static func seal<Key: SodiumSecretKey, Recipient: Ed25519VerifyingKey>(
        _ key: Key,
        to publicKey: Recipient,
        ephemeralSecretKey: SecretBytes? = nil
    ) throws -> String {
        precondition(Key.paserkType == .local && Recipient.version == Key.version, "sealing key types")
        guard let recipient = publicKey.rawBytes.withUnsafeBytes({ X25519.publicKey(fromEd25519: $0) }) else {
            throw PasetoError.make(
                .invalidKey,
                "the public key is not a usable Ed25519 point; nothing can be sealed to it"
            )
        }
        let ephemeralSecret = ephemeralSecretKey ?? SecretBytes(randomCount: X25519.keyCount)
        let ephemeralPublic = X25519.publicKey(of: ephemeralSecret)
        guard let shared = recipient.withUnsafeBytes({ X25519.sharedSecret(secretKey: ephemeralSecret, publicKey: $0) })
        else {
            throw PasetoError.make(.invalidKey, "the public key is of small order; nothing can be sealed to it")
        }
        let header = PASERKHeader(version: Key.version, type: .seal).description
        var data = [UInt8](repeating: 0, count: tagCount + X25519.keyCount + key.secret.count)
        data.withUnsafeMutableBytes { data in
            let tag = UnsafeMutableRawBufferPointer(rebasing: data[..<tagCount])
            let ephemeralEnd = tagCount + X25519.keyCount
            ephemeralPublic.withUnsafeBytes { data[tagCount..<ephemeralEnd].copyBytes(from: $0) }
            let encryptedKey = UnsafeMutableRawBufferPointer(rebasing: data[ephemeralEnd...])
            withSubkeys(header: header, shared: shared, ephemeral: ephemeralPublic, recipient: recipient) {
                encryptionKey,
                nonce,
                authenticationKey in
                key.secret.withUnsafeBytes { XChaCha20.xor($0, into: encryptedKey, nonce: nonce, key: encryptionKey) }
                PASERKTag.compute(
                    into: tag,
                    authenticationKey: authenticationKey,
                    header: header,
                    body: UnsafeRawBufferPointer(rebasing: data[tagCount...])
                )
            }
        }
        return header + Base64URL.encode(data)
    }

    /// Opens a `kN.seal.` PASERK with the recipient's secret key, an Ed25519 secret key of the same version.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   malformed, `authentication-failed` when it was not sealed to this key or was altered.
    package static func unseal<Key: SodiumSecretKey, Recipient: Ed25519SigningKey>(
        _ paserk: String,
        as type: Key.Type,
        with secretKey: Recipient
    ) throws -> Key {
        precondition(Key.paserkType == .local && Recipient.version == Key.version, "sealing key types")
        let headerValue = PASERKHeader(version: Key.version, type: .seal)
        let header = headerValue.description
        let data = try headerValue.publicData(of: paserk)
        let ephemeralEnd = tagCount + X25519.keyCount
        guard data.count == ephemeralEnd + Key.secretCount else {
            throw PasetoError.make(
                .invalidKey,
                "a \(header) PASERK holds \(ephemeralEnd + Key.secretCount) bytes, not \(data.count)"
            )
        }
        guard let recipient = secretKey.publicKey.rawBytes.withUnsafeBytes({ X25519.publicKey(fromEd25519: $0) }) else {
            throw PasetoError.make(.invalidKey, "the secret key's public half is not a usable Ed25519 point")
        }
        let recipientSecret = X25519.secretKey(fromEd25519: secretKey.secret)
        let ephemeralPublic = Array(data[tagCount..<ephemeralEnd])
        let shared = ephemeralPublic.withUnsafeBytes { X25519.sharedSecret(secretKey: recipientSecret, publicKey: $0) }
        guard let shared else { throw notSealedToThisKey() }
        let secret = try data.withUnsafeBytes { data in
            let encryptedKey = UnsafeRawBufferPointer(rebasing: data[ephemeralEnd...])
            return try withSubkeys(header: header, shared: shared, ephemeral: ephemeralPublic, recipient: recipient) {
                encryptionKey,
                nonce,
                authenticationKey in
                let authentic = PASERKTag.isValid(
                    UnsafeRawBufferPointer(rebasing: data[..<tagCount]),
                    authenticationKey: authenticationKey,
                    header: header,
                    body: UnsafeRawBufferPointer(rebasing: data[tagCount...])
                )
                guard authentic else { throw notSealedToThisKey() }
                return SecretBytes(capacity: encryptedKey.count) { plaintext in
                    XChaCha20.xor(encryptedKey, into: plaintext, nonce: nonce, key: encryptionKey)
                    return encryptedKey.count
                }
            }
        }
        return try Key(validating: secret)
    }

    private static func notSealedToThisKey() -> PasetoError {
        PasetoError.make(.authenticationFailed, "the sealed key did not authenticate with this secret key")
    }

    /// Derives `Ek`, `n` and `Ak` into stack memory, runs `body` with them and wipes them.
    private static func withSubkeys<R>(
        header: String,
        shared: SecretBytes,
        ephemeral: [UInt8],
        recipient: [UInt8],
        _ body: (
            _ encryptionKey: UnsafeRawBufferPointer, _ nonce: UnsafeRawBufferPointer,
            _ authenticationKey: UnsafeRawBufferPointer
        ) throws -> R
    ) rethrows -> R {
        try withUnsafeTemporaryAllocation(byteCount: 32 + 24 + 32, alignment: 16) { subkeys in
            defer { SecureZero.wipe(subkeys) }
            let encryptionKey = UnsafeMutableRawBufferPointer(rebasing: subkeys[0..<32])
            let nonce = UnsafeMutableRawBufferPointer(rebasing: subkeys[32..<56])
            let authenticationKey = UnsafeMutableRawBufferPointer(rebasing: subkeys[56..<88])
            let headerBytes = Array(header.utf8)
            for (output, domain) in [(encryptionKey, UInt8(0x01)), (authenticationKey, UInt8(0x02))] {
                BLAKE2b.hash(into: output) { hasher in
                    hasher.update([domain])
                    hasher.update(headerBytes)
                    shared.withUnsafeBytes { hasher.update($0) }
                    hasher.update(ephemeral)
                    hasher.update(recipient)
                }
            }
            BLAKE2b.hash(into: nonce) { hasher in
                hasher.update(ephemeral)
                hasher.update(recipient)
            }
            return try body(
                UnsafeRawBufferPointer(encryptionKey),
                UnsafeRawBufferPointer(nonce),
                UnsafeRawBufferPointer(authenticationKey)
            )
        }
    }
}
