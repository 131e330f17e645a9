/// A local or secret key type whose bytes live in ``SecretBytes`` and can rebuild the key: the PASERK `local`
/// and `secret` encodings, the `*-wrap.pie` and `*-pw` types and `seal` work on every such type through this
/// protocol, so every version shares one code path per PASERK type. The public API stays on the concrete key
/// types (``PasetoV4/Local/Key``, ``PasetoV3/Public/SecretKey``, …), which forward here.
package protocol PASERKSecretKey: PasetoKey {
    /// The primitives of the key's PASERK family.
    associatedtype Suite: PASERKCipherSuite

    /// The exact length of ``secret``, or `nil` when it varies (a k1 secret key is PKCS#1 DER).
    static var exactSecretCount: Int? { get }

    /// The key bytes a `local` or `secret` PASERK and a `*-wrap.pie` PASERK carry.
    var secret: SecretBytes { get }

    /// Adopts `secret` after the checks every importer runs (length, and for secret keys that the bytes form
    /// a valid key).
    ///
    /// - Throws: ``PasetoError`` `invalid-key`.
    init(validating secret: SecretBytes) throws

    /// The bytes a `*-pw` PASERK encrypts: ``secret``, except for k1 secret keys (PEM text, as the official
    /// vectors have it).
    var passwordWrappedSecret: SecretBytes { get }

    /// Adopts the bytes a `*-pw` PASERK decrypted to.
    ///
    /// - Throws: ``PasetoError`` `invalid-key`.
    init(validatingPasswordWrapped secret: SecretBytes) throws
}

extension PASERKSecretKey {
    /// ``secret``.
    package var passwordWrappedSecret: SecretBytes { secret }

    /// ``init(validating:)``.
    package init(validatingPasswordWrapped secret: SecretBytes) throws {
        try self.init(validating: secret)
    }

    /// Imports the key from its `kN.local.` or `kN.secret.` PASERK.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for another version or type, `invalid-key` when malformed.
    package init(importingPASERK paserk: String) throws {
        try self.init(validating: Self.paserkHeader.secretData(of: paserk))
    }

    /// The key's own PASERK, `kN.local.…` or `kN.secret.…`.
    package var paserkEncoding: String {
        secret.withUnsafeBytes { Self.paserkHeader.paserk(encoding: $0) }
    }

    /// A copy of the key bytes in ordinary (unwiped) memory.
    package func copyRawBytes() -> [UInt8] {
        secret.withUnsafeBytes { Array($0) }
    }
}

/// A k2/k4 local or secret key type: its bytes have a fixed length.
package protocol SodiumSecretKey: PASERKSecretKey where Suite == SodiumPASERKSuite {
    /// The length of ``secret``: 32 for a local key, 64 (seed ‖ public key) for an Ed25519 secret key.
    static var secretCount: Int { get }
}

extension SodiumSecretKey {
    /// ``secretCount``.
    package static var exactSecretCount: Int? { secretCount }
}

/// A public key type that a local key of its version can be sealed to (`kN.seal.`).
package protocol PASERKSealingPublicKey: PasetoVerifyingKey {
    /// The size of the ephemeral public key a sealed PASERK carries.
    static var ephemeralPublicKeyCount: Int { get }

    /// A fresh ephemeral key pair agreed with this key.
    ///
    /// - Parameter ephemeralSecretKey: A fixed ephemeral secret, for tests only; random when `nil`.
    /// - Returns: The ephemeral public key, the shared secret and the recipient's key bytes that the subkeys
    ///   bind (the X25519 form for k2/k4, the compressed point for k3).
    /// - Throws: ``PasetoError`` `invalid-key` when nothing can be sealed to this key.
    func sealingAgreement(
        ephemeralSecretKey: SecretBytes?
    ) throws -> (ephemeralPublicKey: [UInt8], sharedSecret: SecretBytes, recipient: [UInt8])
}

/// A secret key type that opens what was sealed to its public key.
package protocol PASERKSealingSecretKey: PASERKSecretKey, PasetoSigningKey where VerifyingKey: PASERKSealingPublicKey {
    /// The secret shared with the sender's `ephemeralPublicKey` and the recipient bytes the subkeys bind.
    ///
    /// - Throws: ``PasetoError`` `authentication-failed` when no secret can be agreed (an invalid ephemeral
    ///   key), `invalid-key` when this key cannot open anything.
    func openingAgreement(ephemeralPublicKey: [UInt8]) throws -> (sharedSecret: SecretBytes, recipient: [UInt8])
}

/// A v2/v4 Ed25519 public key type: 32 bytes, not secret.
package protocol Ed25519VerifyingKey: PASERKSealingPublicKey, Hashable {
    /// The 32 public key bytes.
    var rawBytes: [UInt8] { get }

    /// A key from exactly 32 bytes.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for any other length.
    init(rawBytes: [UInt8]) throws
}

/// A v2/v4 Ed25519 secret key type: 64 bytes, seed ‖ public key.
package protocol Ed25519SigningKey: SodiumSecretKey, PASERKSealingSecretKey
where VerifyingKey: Ed25519VerifyingKey {
    /// Derives the key pair from a 32-byte seed.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for any other length.
    init(seed: [UInt8]) throws
}
