/// PASERK `seal`: a local key encrypted to a public key of the same version, which only the matching secret
/// key opens. (For k2/k4 this is not libsodium's `crypto_box_seal`.)
///
/// With `h = kN.seal.`, a fresh ephemeral key pair `(esk, epk)` agreed with the recipient into the shared
/// secret `xk`, the suite derives `Ek`, `n` and `Ak` from `h`, `xk`, `epk` and the recipient's key bytes (see
/// ``SodiumPASERKSuite`` and ``NISTPASERKSuite``); then `edk = Stream(Ek, n, key)`, `t = MAC(Ak, h ‖ epk ‖ edk)`
/// and the PASERK is `h ‖ base64url(t ‖ epk ‖ edk)`. Opening agrees `xk` from the recipient's secret key and
/// `epk`, and checks `t` in constant time before decrypting.
///
/// - k2/k4 (``Ed25519VerifyingKey``): X25519 with the Ed25519 keys converted; the subkeys bind the recipient's
///   X25519 key, as the official vectors do (the specification's text names the Ed25519 key, which fails them).
/// - k3: P-384 ECDH; the subkeys bind the recipient's compressed point.
/// - k1 needs raw RSA (RSA-KEM), which swift-crypto does not offer: not implemented.
package enum PASERKSeal {
    /// Seals the local key `key` to `publicKey`, a public key of the same version.
    ///
    /// - Parameter ephemeralSecretKey: A fixed ephemeral secret key, for tests only; random when `nil`.
    /// - Throws: ``PasetoError`` `invalid-key` when nothing can be sealed to `publicKey` (an Ed25519 key off
    ///   the curve or of small order).
    package static func seal<Key: PASERKSecretKey, Recipient: PASERKSealingPublicKey>(
        _ key: Key,
        to publicKey: Recipient,
        ephemeralSecretKey: SecretBytes? = nil
    ) throws -> String {
        precondition(Key.paserkType == .local && Recipient.version == Key.version, "sealing key types")
        let agreement = try publicKey.sealingAgreement(ephemeralSecretKey: ephemeralSecretKey)
        let header = PASERKHeader(version: Key.version, type: .seal).description
        let tagCount = Key.Suite.tagCount
        let ephemeralEnd = tagCount + Recipient.ephemeralPublicKeyCount
        var data = [UInt8](repeating: 0, count: ephemeralEnd + key.secret.count)
        data.withUnsafeMutableBytes { data in
            agreement.ephemeralPublicKey.withUnsafeBytes { data[tagCount..<ephemeralEnd].copyBytes(from: $0) }
            Key.Suite.withSealSubkeys(
                header: Array(header.utf8),
                sharedSecret: agreement.sharedSecret,
                ephemeralPublicKey: agreement.ephemeralPublicKey,
                recipientPublicKey: agreement.recipient
            ) { encryptionKey, nonce, authenticationKey in
                key.secret.withUnsafeBytes {
                    let encryptedKey = UnsafeMutableRawBufferPointer(rebasing: data[ephemeralEnd...])
                    Key.Suite.xor($0, into: encryptedKey, nonce: nonce, key: encryptionKey)
                }
                Key.Suite.authenticate(
                    into: UnsafeMutableRawBufferPointer(rebasing: data[..<tagCount]),
                    key: authenticationKey,
                    header: header,
                    body: UnsafeRawBufferPointer(rebasing: data[tagCount...])
                )
            }
        }
        return header + Base64URL.encode(data)
    }

    /// Opens a `kN.seal.` PASERK with the recipient's secret key, of the same version.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   malformed, `authentication-failed` when it was not sealed to this key or was altered.
    package static func unseal<Key: PASERKSecretKey, Recipient: PASERKSealingSecretKey>(
        _ paserk: String,
        as type: Key.Type,
        with secretKey: Recipient
    ) throws -> Key {
        precondition(Key.paserkType == .local && Recipient.version == Key.version, "sealing key types")
        let headerValue = PASERKHeader(version: Key.version, type: .seal)
        let header = headerValue.description
        let data = try headerValue.publicData(of: paserk)
        let tagCount = Key.Suite.tagCount
        let ephemeralEnd = tagCount + Recipient.VerifyingKey.ephemeralPublicKeyCount
        let expectedCount = ephemeralEnd + (Key.exactSecretCount ?? 0)
        guard data.count == expectedCount else {
            throw PasetoError.make(.invalidKey, "a \(header) PASERK holds \(expectedCount) bytes, not \(data.count)")
        }
        let ephemeralPublicKey = Array(data[tagCount..<ephemeralEnd])
        let agreement = try secretKey.openingAgreement(ephemeralPublicKey: ephemeralPublicKey)
        let secret = try data.withUnsafeBytes { data in
            let encryptedKey = UnsafeRawBufferPointer(rebasing: data[ephemeralEnd...])
            return try Key.Suite.withSealSubkeys(
                header: Array(header.utf8),
                sharedSecret: agreement.sharedSecret,
                ephemeralPublicKey: ephemeralPublicKey,
                recipientPublicKey: agreement.recipient
            ) { encryptionKey, nonce, authenticationKey in
                let authentic = Key.Suite.isValidTag(
                    UnsafeRawBufferPointer(rebasing: data[..<tagCount]),
                    key: authenticationKey,
                    header: header,
                    body: UnsafeRawBufferPointer(rebasing: data[tagCount...])
                )
                guard authentic else { throw notSealedToThisKey() }
                return SecretBytes(capacity: encryptedKey.count) { plaintext in
                    Key.Suite.xor(encryptedKey, into: plaintext, nonce: nonce, key: encryptionKey)
                    return encryptedKey.count
                }
            }
        }
        return try Key(validating: secret)
    }

    /// The error for a sealed key that does not open with the given secret key.
    static func notSealedToThisKey() -> PasetoError {
        PasetoError.make(.authenticationFailed, "the sealed key did not authenticate with this secret key")
    }
}

extension Ed25519VerifyingKey {
    /// X25519 between a fresh ephemeral key and this key's X25519 form, which the subkeys bind.
    package func sealingAgreement(
        ephemeralSecretKey: SecretBytes?
    ) throws -> (ephemeralPublicKey: [UInt8], sharedSecret: SecretBytes, recipient: [UInt8]) {
        guard let recipient = rawBytes.withUnsafeBytes({ X25519.publicKey(fromEd25519: $0) }) else {
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
        return (ephemeralPublic, shared, recipient)
    }

    /// The size of an X25519 public key.
    package static var ephemeralPublicKeyCount: Int { X25519.keyCount }
}

extension Ed25519SigningKey {
    /// X25519 between this key's X25519 form and the ephemeral key.
    package func openingAgreement(ephemeralPublicKey: [UInt8]) throws -> (sharedSecret: SecretBytes, recipient: [UInt8])
    {
        guard let recipient = publicKey.rawBytes.withUnsafeBytes({ X25519.publicKey(fromEd25519: $0) }) else {
            throw PasetoError.make(.invalidKey, "the secret key's public half is not a usable Ed25519 point")
        }
        let recipientSecret = X25519.secretKey(fromEd25519: secret)
        let shared = ephemeralPublicKey.withUnsafeBytes {
            X25519.sharedSecret(secretKey: recipientSecret, publicKey: $0)
        }
        guard let shared else { throw PASERKSeal.notSealedToThisKey() }
        return (shared, recipient)
    }
}
