import PasetoKit

/// The k2/k4 `local`, `secret`, `public`, `lid`, `pid` and `sid` PASERK vectors.
///
/// - Good cases: the key bytes serialise to the PASERK exactly and, for `local`, `secret` and `public`, the
///   PASERK parses back to the same bytes; for `lid`, `pid` and `sid` the id computed from the key equals the
///   vector. `secret` and `sid` cases also derive the key from their seed, and `secret` checks the public half.
/// - Expect-fail cases: the PASERK must not parse (too short, wrong version) and the key must not load (too
///   short, or not even hex: some hold the PEM text of another version's key).
enum PASERKKeyVectorCheck {
    static func check<Local, Secret>(
        _ vector: PASERKVector,
        type: PASERKType,
        using version: SodiumVersion<Local, Secret>
    ) throws {
        if vector.expectFail {
            try checkRejected(vector, type: type, using: version)
        } else {
            try checkGood(vector, type: type, using: version)
        }
    }

    private static func checkGood<Local, Secret>(
        _ vector: PASERKVector,
        type: PASERKType,
        using version: SodiumVersion<Local, Secret>
    ) throws {
        guard let paserk = vector.paserk else { throw VectorCheckFailure("a good vector without a paserk") }
        switch type {
        case .local:
            let key = try version.localKey(vector.key)
            try VectorCheckFailure.expectEqual(key.exportPASERK(), paserk, "PASERK of key")
            let parsed = try VectorCheckFailure.expectSuccess("parsing the paserk") { try Local(paserk: paserk) }
            try VectorCheckFailure.expectEqual(parsed.copyRawBytes(), key.copyRawBytes(), "key parsed from paserk")
        case .secret:
            let key = try version.secretKey(vector.key, field: "key")
            try VectorCheckFailure.expectEqual(key.exportPASERK(), paserk, "PASERK of key")
            let parsed = try VectorCheckFailure.expectSuccess("parsing the paserk") { try Secret(paserk: paserk) }
            try VectorCheckFailure.expectEqual(parsed.copyRawBytes(), key.copyRawBytes(), "key parsed from paserk")
            if vector.publicKey != nil {
                let publicKey = try VectorCheckFailure.hexField(vector.publicKey, "public-key")
                try VectorCheckFailure.expectEqual(key.publicKey.rawBytes, publicKey, "public half of key")
            }
            try version.checkSeed(vector.secretKeySeed, field: "secret-key-seed", derives: key)
        case .public:
            let key = try version.publicKey(vector.key, field: "key")
            try VectorCheckFailure.expectEqual(key.exportPASERK(), paserk, "PASERK of key")
            let parsed = try VectorCheckFailure.expectSuccess("parsing the paserk") {
                try Secret.VerifyingKey(paserk: paserk)
            }
            try VectorCheckFailure.expectEqual(parsed.rawBytes, key.rawBytes, "key parsed from paserk")
        case .lid:
            try VectorCheckFailure.expectEqual(try version.localKey(vector.key).paserkID, paserk, "lid of key")
        case .pid:
            try VectorCheckFailure.expectEqual(
                try version.publicKey(vector.key, field: "key").paserkID,
                paserk,
                "pid of key"
            )
        case .sid:
            let key = try version.secretKey(vector.key, field: "key")
            try VectorCheckFailure.expectEqual(key.paserkID, paserk, "sid of key")
            try version.checkSeed(vector.seed, field: "seed", derives: key)
        default:
            throw VectorCheckFailure("\(type) is not a key or id type")
        }
    }

    /// Each input present must be rejected; a vector with no input at all is itself a failure.
    private static func checkRejected<Local, Secret>(
        _ vector: PASERKVector,
        type: PASERKType,
        using version: SodiumVersion<Local, Secret>
    ) throws {
        var tried = 0
        if let paserk = vector.paserk, let parse = parser(for: type, using: version) {
            try VectorCheckFailure.expectError("parsing the paserk as \(version.version.paserkPrefix).\(type)") {
                try parse(paserk)
            }
            tried += 1
        }
        if let key = vector.key {
            // A key that is not even hex (the PEM text of a k1 or k3 key) cannot be a k2/k4 key.
            if let bytes = Hex.decode(key) {
                try VectorCheckFailure.expectError("loading key as a \(version.version.paserkPrefix).\(type) key") {
                    try keyLoader(for: type, using: version)(bytes)
                }
            }
            tried += 1
        }
        guard tried > 0 else { throw VectorCheckFailure("the expect-fail vector has nothing to try") }
    }

    /// Parses a PASERK of `type`; `nil` for the id types, which are never parsed back into keys.
    private static func parser<Local, Secret>(
        for type: PASERKType,
        using version: SodiumVersion<Local, Secret>
    ) -> ((String) throws -> Void)? {
        switch type {
        case .local: { _ = try Local(paserk: $0) }
        case .secret: { _ = try Secret(paserk: $0) }
        case .public: { _ = try Secret.VerifyingKey(paserk: $0) }
        default: nil
        }
    }

    /// Loads raw key bytes as the key type that `type` serialises or identifies.
    private static func keyLoader<Local, Secret>(
        for type: PASERKType,
        using version: SodiumVersion<Local, Secret>
    ) -> ([UInt8]) throws -> Void {
        switch type {
        case .local, .lid: { _ = try Local(validating: SecretBytes(copying: $0)) }
        case .secret, .sid: { _ = try Secret(validating: SecretBytes(copying: $0)) }
        default: { _ = try Secret.VerifyingKey(rawBytes: $0) }
        }
    }
}
