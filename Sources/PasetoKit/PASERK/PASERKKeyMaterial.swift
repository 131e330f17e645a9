/// A k2/k4 local or secret key type: its bytes live in ``SecretBytes`` and a key can be rebuilt from them.
///
/// The PASERK `local` and `secret` encodings, the `*-wrap.pie` and `*-pw` types and `seal` work on every such
/// type through this protocol, so k2 and k4 share one code path. The public API stays on the concrete key
/// types (``PasetoV4/Local/Key``, ``PasetoV2/Public/SecretKey``, …), which forward here.
package protocol SodiumSecretKey: PasetoKey {
    /// The length of ``secret``: 32 for a local key, 64 (seed ‖ public key) for an Ed25519 secret key.
    static var secretCount: Int { get }

    /// The key bytes.
    var secret: SecretBytes { get }

    /// Adopts `secret` after the checks every importer runs: the length and, for a secret key, that the
    /// public half is the one its seed derives.
    ///
    /// - Throws: ``PasetoError`` `invalid-key`.
    init(validating secret: SecretBytes) throws
}

extension SodiumSecretKey {
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

/// A v2/v4 Ed25519 public key type: 32 bytes, not secret.
package protocol Ed25519VerifyingKey: PasetoVerifyingKey, Hashable {
    /// The 32 public key bytes.
    var rawBytes: [UInt8] { get }

    /// A key from exactly 32 bytes.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for any other length.
    init(rawBytes: [UInt8]) throws
}

/// A v2/v4 Ed25519 secret key type: 64 bytes, seed ‖ public key.
package protocol Ed25519SigningKey: SodiumSecretKey, PasetoSigningKey where VerifyingKey: Ed25519VerifyingKey {
    /// Derives the key pair from a 32-byte seed.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for any other length.
    init(seed: [UInt8]) throws
}
