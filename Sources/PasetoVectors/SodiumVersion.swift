import PasetoKit

/// The key types of one libsodium-family version (v2 or v4) and the one operation the generic vector checks
/// cannot reach through the key protocols: encrypting with the vector's nonce.
struct SodiumVersion<Local: PasetoLocalKey & SodiumSecretKey, Secret: Ed25519SigningKey> {
    /// The size of the vectors' `nonce` field: 32 for v4, 24 for v2 (the random value hashed into the nonce).
    let nonceCount: Int
    /// Whether tokens of this version bind an implicit assertion; v2 vectors carry one that must be ignored.
    let hasImplicitAssertions: Bool
    /// `encrypt(payload, key, footer, implicitAssertion, nonce)`.
    let encrypt: ([UInt8], Local, [UInt8], [UInt8], [UInt8]) -> String

    var version: PasetoVersion { Local.version }
}

extension SodiumVersion where Local == PasetoV4.Local.Key, Secret == PasetoV4.Public.SecretKey {
    /// Version 4.
    static var v4: Self {
        SodiumVersion(nonceCount: 32, hasImplicitAssertions: true) { payload, key, footer, assertion, nonce in
            PasetoV4.Local.encrypt(payload, using: key, footer: footer, implicitAssertion: assertion, nonce: nonce)
        }
    }
}

extension SodiumVersion where Local == PasetoV2.Local.Key, Secret == PasetoV2.Public.SecretKey {
    /// Version 2 (deprecated).
    static var v2: Self {
        SodiumVersion(nonceCount: 24, hasImplicitAssertions: false) { payload, key, footer, _, nonce in
            PasetoV2.Local.encrypt(payload, using: key, footer: footer, nonceKey: nonce)
        }
    }
}

extension SodiumVersion {
    /// A local key from the vector's hex bytes.
    func localKey(_ hex: String?, field: String = "key") throws -> Local {
        let bytes = try VectorCheckFailure.hexField(hex, field)
        return try VectorCheckFailure.expectSuccess("loading \(field)") {
            try Local(validating: SecretBytes(copying: bytes))
        }
    }

    /// A secret key from the vector's hex bytes.
    func secretKey(_ hex: String?, field: String = "secret-key") throws -> Secret {
        let bytes = try VectorCheckFailure.hexField(hex, field)
        return try VectorCheckFailure.expectSuccess("loading \(field)") {
            try Secret(validating: SecretBytes(copying: bytes))
        }
    }

    /// A public key from the vector's hex bytes.
    func publicKey(_ hex: String?, field: String = "public-key") throws -> Secret.VerifyingKey {
        let bytes = try VectorCheckFailure.hexField(hex, field)
        return try VectorCheckFailure.expectSuccess("loading \(field)") { try Secret.VerifyingKey(rawBytes: bytes) }
    }

    /// Checks that the seed in `field` derives `key`, when the vector has one.
    func checkSeed(_ seed: String?, field: String, derives key: Secret) throws {
        guard seed != nil else { return }
        let seedBytes = try VectorCheckFailure.hexField(seed, field)
        let derived = try VectorCheckFailure.expectSuccess("deriving a key from \(field)") {
            try Secret(seed: seedBytes)
        }
        try VectorCheckFailure.expectEqual(
            derived.copyRawBytes(),
            key.copyRawBytes(),
            "secret key derived from \(field)"
        )
    }
}
