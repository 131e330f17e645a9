import PasetoKit

/// The `local`, `secret`, `public`, `lid`, `pid` and `sid` PASERK vectors of every version.
///
/// - Good cases: the key serialises to the PASERK exactly and, for `local`, `secret` and `public`, the PASERK
///   parses back to the same key; for `lid`, `pid` and `sid` the id computed from the key equals the vector.
///   A `public-key` field must be the secret key's public half; k2/k4 seeds must derive the secret key.
/// - Expect-fail cases: the PASERK must not parse (too short, wrong version, bad encoding) and the key must
///   not load (too short, another version's key, malformed PEM).
enum PASERKKeyVectorCheck {
    static func check<Local, Secret>(
        _ vector: PASERKVector,
        type: PASERKType,
        using keys: PASERKVectorKeys<Local, Secret>
    )
        throws
    {
        if vector.expectFail {
            try checkRejected(vector, type: type, using: keys)
        } else {
            try checkGood(vector, type: type, using: keys)
        }
    }

    private static func checkGood<Local, Secret>(
        _ vector: PASERKVector,
        type: PASERKType,
        using keys: PASERKVectorKeys<Local, Secret>
    ) throws {
        guard let paserk = vector.paserk else { throw VectorCheckFailure("a good vector without a paserk") }
        if type == .public || type == .pid,
            try checkUnusablePoint(vector, paserk, type: type, version: keys.version, parse: Secret.VerifyingKey.init)
        {
            return
        }
        switch type {
        case .local:
            try expectRoundTrip(try keys.localKey(vector.key, "key"), paserk, parse: Local.init(paserk:))
        case .public:
            try expectRoundTrip(try keys.publicKey(vector.key, "key"), paserk, parse: Secret.VerifyingKey.init(paserk:))
        case .secret:
            let key = try keys.secretKey(vector.key, "key")
            try expectRoundTrip(key, paserk, parse: Secret.init(paserk:))
            try checkPublicHalf(vector, of: key, using: keys)
            try keys.checkSeed(vector.secretKeySeed, "secret-key-seed", key)
        case .lid:
            try VectorCheckFailure.expectEqual(try keys.localKey(vector.key, "key").paserkID, paserk, "lid of key")
        case .pid:
            try VectorCheckFailure.expectEqual(try keys.publicKey(vector.key, "key").paserkID, paserk, "pid of key")
        case .sid:
            let key = try keys.secretKey(vector.key, "key")
            try VectorCheckFailure.expectEqual(key.paserkID, paserk, "sid of key")
            try checkPublicHalf(vector, of: key, using: keys)
            try keys.checkSeed(vector.seed, "seed", key)
        default:
            throw VectorCheckFailure("\(type) is not a key or id type")
        }
    }

    /// The good k2/k4 `public` and `pid` vectors whose key is 32 bytes that are no usable Ed25519 point (the
    /// all-zero key, and bytes such as `7071…8f` that are not on the curve): the vectors check the PASERK
    /// encoding and the id, which say nothing of the point, while PasetoKit refuses such a key on import
    /// (issue 11; Docs/Decisions.md). For them the encoding and the id are computed from the bytes by the
    /// library's own PASERK code and compared, and the key must be refused, raw and as its PASERK, with
    /// `invalid-key`.
    ///
    /// - Returns: `true` when the vector was such a case and passed; `false` for every other vector.
    private static func checkUnusablePoint<Key: PasetoKey>(
        _ vector: PASERKVector,
        _ expected: String,
        type: PASERKType,
        version: PasetoVersion,
        parse: (String) throws -> Key
    ) throws -> Bool {
        guard version == .v2 || version == .v4, let text = vector.key, let bytes = Hex.decode(text),
            bytes.count == 32, !SodiumKeyMaterial.isUsableEd25519PublicKey(bytes)
        else { return false }
        let encoded = bytes.withUnsafeBytes { PASERKHeader(version: version, type: .public).paserk(encoding: $0) }
        let header = PASERKHeader(version: version, type: .public)
        let computed = type == .pid ? PASERKIdentifier.identifier(of: encoded, keyHeader: header) : encoded
        try VectorCheckFailure.expectEqual(
            computed,
            expected,
            type == .pid ? "pid of key bytes" : "PASERK of key bytes"
        )
        try VectorCheckFailure.expectError("importing a key that is no usable Ed25519 point") { try parse(encoded) }
        return true
    }

    /// `key` exports `paserk`, and `paserk` parses back to a key that exports it again.
    private static func expectRoundTrip<Key: PasetoKey>(
        _ key: Key,
        _ paserk: String,
        parse: (String) throws -> Key
    ) throws {
        try VectorCheckFailure.expectEqual(key.exportPASERK(), paserk, "PASERK of key")
        let parsed = try VectorCheckFailure.expectSuccess("parsing the paserk") { try parse(paserk) }
        try VectorCheckFailure.expectEqual(parsed.exportPASERK(), paserk, "key parsed from paserk")
    }

    /// When the vector has a `public-key`, it is the public half of `key`.
    private static func checkPublicHalf<Local, Secret>(
        _ vector: PASERKVector,
        of key: Secret,
        using keys: PASERKVectorKeys<Local, Secret>
    ) throws {
        guard vector.publicKey != nil else { return }
        let publicKey = try keys.publicKey(vector.publicKey, "public-key")
        try VectorCheckFailure.expectEqual(key.publicKey.exportPASERK(), publicKey.exportPASERK(), "public half of key")
    }

    /// Each input present must be rejected; a vector with no input at all is itself a failure.
    private static func checkRejected<Local, Secret>(
        _ vector: PASERKVector,
        type: PASERKType,
        using keys: PASERKVectorKeys<Local, Secret>
    ) throws {
        let name = "\(keys.version.paserkPrefix).\(type)"
        var tried = 0
        if let paserk = vector.paserk, let parse = parser(for: type, using: keys) {
            try VectorCheckFailure.expectError("parsing the paserk as \(name)") { try parse(paserk) }
            tried += 1
        }
        if vector.key != nil {
            try VectorCheckFailure.expectError("loading key as a \(name) key") {
                switch type {
                case .local, .lid: _ = try keys.localKey(vector.key, "key")
                case .secret, .sid: _ = try keys.secretKey(vector.key, "key")
                default: _ = try keys.publicKey(vector.key, "key")
                }
            }
            tried += 1
        }
        guard tried > 0 else { throw VectorCheckFailure("the expect-fail vector has nothing to try") }
    }

    /// Parses a PASERK of `type`; `nil` for the id types, which are never parsed back into keys.
    private static func parser<Local, Secret>(
        for type: PASERKType,
        using keys: PASERKVectorKeys<Local, Secret>
    ) -> ((String) throws -> Void)? {
        switch type {
        case .local: { _ = try Local(paserk: $0) }
        case .secret: { _ = try Secret(paserk: $0) }
        case .public: { _ = try Secret.VerifyingKey(paserk: $0) }
        default: nil
        }
    }
}
