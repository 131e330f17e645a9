/// The checks and derivations the v2 and v4 key types share; the types themselves stay distinct.
package enum SodiumKeyMaterial {
    /// Checks that `secret` is 64 bytes whose public half is the one its seed derives (compared in constant
    /// time), and returns that public half.
    ///
    /// - Throws: ``PasetoError`` `invalid-key`.
    static func validatedPublicKey(of secret: SecretBytes, version: PasetoVersion) throws -> [UInt8] {
        guard secret.count == Ed25519.secretKeyCount else {
            throw PasetoError.make(.invalidKey, "a \(version) secret key is 64 bytes, not \(secret.count)")
        }
        let seedCount = Ed25519.seedCount
        let derived = secret.withUnsafeBytes {
            Ed25519.keyPair(seed: UnsafeRawBufferPointer(rebasing: $0[..<seedCount]))
        }
        guard derived.secretKey.constantTimeEquals(secret) else {
            throw PasetoError.make(.invalidKey, "the public half of the \(version) secret key does not match its seed")
        }
        return derived.publicKey
    }

    /// Checks that `bytes` is a 32-byte public key that encodes a point of the curve's prime-order subgroup
    /// canonically (not the identity, not of small order), as a verifier of untrusted keys must.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for any other length or any other point.
    static func validatedPublicKey(_ bytes: [UInt8], version: PasetoVersion) throws -> [UInt8] {
        guard bytes.count == Ed25519.publicKeyCount else {
            throw PasetoError.make(.invalidKey, "a \(version) public key is 32 bytes, not \(bytes.count)")
        }
        guard isUsableEd25519PublicKey(bytes) else {
            throw PasetoError.make(
                .invalidKey,
                "a \(version) public key must be a canonical point of the Ed25519 curve, not of small order"
            )
        }
        return bytes
    }

    /// Whether `bytes` would be accepted as a v2/v4 public key (see ``validatedPublicKey(_:version:)``); for
    /// the vector runner, which meets PASERK vectors whose key bytes are no usable point.
    package static func isUsableEd25519PublicKey(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes(Ed25519.isValidPublicKey)
    }

    /// The key pair a 32-byte seed derives.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for any other length.
    static func keyPair(seed: [UInt8]) throws -> (secretKey: SecretBytes, publicKey: [UInt8]) {
        guard seed.count == Ed25519.seedCount else {
            throw PasetoError.make(.invalidKey, "an Ed25519 seed is 32 bytes, not \(seed.count)")
        }
        let seedBytes = SecretBytes(copying: seed)
        return seedBytes.withUnsafeBytes { Ed25519.keyPair(seed: $0) }
    }

    /// Checks that `secret` is a 32-byte local key.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for any other length.
    static func validatedLocalKey(_ secret: SecretBytes, version: PasetoVersion) throws -> SecretBytes {
        guard secret.count == localKeyCount else {
            throw PasetoError.make(.invalidKey, "a \(version) local key is 32 bytes, not \(secret.count)")
        }
        return secret
    }

    /// The size of a v2/v4 local key.
    static let localKeyCount = 32
}
