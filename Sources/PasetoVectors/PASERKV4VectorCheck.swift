package import PasetoKit

/// Runs one case of the k4 `local`, `secret`, `public`, `lid`, `pid` and `sid` PASERK files against
/// ``PasetoV4``'s key types.
///
/// - Good cases: the key bytes serialise to the PASERK exactly and, for `local`, `secret` and `public`, the
///   PASERK parses back to the same bytes; for `lid`, `pid` and `sid` the id computed from the key equals the
///   vector. `secret` and `sid` cases also derive the key from their seed, and `secret` checks the public half.
/// - Expect-fail cases: every input present must be rejected: the PASERK must not parse (too short, wrong
///   version), and the key bytes (and a `public-key`, which may be hex-encoded PEM) must not load.
package enum PASERKV4VectorCheck {
    /// The PASERK types this check supports.
    package static let supportedTypes: [PASERKType] = [.local, .secret, .public, .lid, .pid, .sid]

    /// Checks `vector` from a `k4.<type>.json` file.
    ///
    /// - Parameters:
    ///   - vector: A case of the file.
    ///   - type: The file's PASERK type; one of ``supportedTypes``.
    /// - Returns: `.passed`, `.failed` with the first check that did not hold, or `.skipped` for another type.
    package static func outcome(of vector: PASERKVector, type: PASERKType) -> VectorOutcome {
        guard supportedTypes.contains(type) else { return .skipped("k4.\(type) PASERKs are not supported yet") }
        return VectorCheckFailure.outcome {
            if vector.expectFail {
                try checkRejected(vector, type: type)
            } else {
                try checkGood(vector, type: type)
            }
        }
    }

    private static func checkGood(_ vector: PASERKVector, type: PASERKType) throws {
        guard let paserk = vector.paserk else { throw VectorCheckFailure("a good vector without a paserk") }
        let keyBytes = try VectorCheckFailure.hexField(vector.key, "key")
        switch type {
        case .local:
            let key = try load("key") { try PasetoV4.Local.Key(rawBytes: keyBytes) }
            try VectorCheckFailure.expectEqual(key.exportPASERK(), paserk, "PASERK of key")
            let parsed = try load("paserk") { try PasetoV4.Local.Key(paserk: paserk) }
            try VectorCheckFailure.expectEqual(parsed.unsafeExportRawBytes(), keyBytes, "key parsed from paserk")
        case .secret:
            let key = try secretKey(keyBytes)
            try VectorCheckFailure.expectEqual(key.exportPASERK(), paserk, "PASERK of key")
            let parsed = try load("paserk") { try PasetoV4.Public.SecretKey(paserk: paserk) }
            try VectorCheckFailure.expectEqual(parsed.unsafeExportRawBytes(), keyBytes, "key parsed from paserk")
            if vector.publicKey != nil {
                let publicKey = try VectorCheckFailure.hexField(vector.publicKey, "public-key")
                try VectorCheckFailure.expectEqual(key.publicKey.rawBytes, publicKey, "public half of key")
            }
            try checkSeed(vector.secretKeySeed, field: "secret-key-seed", derives: key)
        case .public:
            let key = try load("key") { try PasetoV4.Public.PublicKey(rawBytes: keyBytes) }
            try VectorCheckFailure.expectEqual(key.exportPASERK(), paserk, "PASERK of key")
            let parsed = try load("paserk") { try PasetoV4.Public.PublicKey(paserk: paserk) }
            try VectorCheckFailure.expectEqual(parsed.rawBytes, keyBytes, "key parsed from paserk")
        case .lid:
            let key = try load("key") { try PasetoV4.Local.Key(rawBytes: keyBytes) }
            try VectorCheckFailure.expectEqual(key.paserkID, paserk, "lid of key")
        case .pid:
            let key = try load("key") { try PasetoV4.Public.PublicKey(rawBytes: keyBytes) }
            try VectorCheckFailure.expectEqual(key.paserkID, paserk, "pid of key")
        case .sid:
            let key = try secretKey(keyBytes)
            try VectorCheckFailure.expectEqual(key.paserkID, paserk, "sid of key")
            try checkSeed(vector.seed, field: "seed", derives: key)
        default:
            throw VectorCheckFailure("k4.\(type) is not checked here")
        }
    }

    /// Each input present must be rejected; a vector with no input at all is itself a failure.
    private static func checkRejected(_ vector: PASERKVector, type: PASERKType) throws {
        var tried = 0
        if let paserk = vector.paserk, let parse = parser(for: type) {
            try VectorCheckFailure.expectError("parsing the paserk as k4.\(type)") { try parse(paserk) }
            tried += 1
        }
        if vector.key != nil {
            let bytes = try VectorCheckFailure.hexField(vector.key, "key")
            try VectorCheckFailure.expectError("loading key as a k4.\(type) key") { try keyLoader(for: type)(bytes) }
            tried += 1
        }
        if vector.publicKey != nil, type == .secret || type == .sid {
            let bytes = try VectorCheckFailure.hexField(vector.publicKey, "public-key")
            try VectorCheckFailure.expectError("loading public-key") { try PasetoV4.Public.PublicKey(rawBytes: bytes) }
            tried += 1
        }
        guard tried > 0 else { throw VectorCheckFailure("the expect-fail vector has nothing to try") }
    }

    /// Parses a PASERK of `type`; `nil` for the id types, which are never parsed back into keys.
    private static func parser(for type: PASERKType) -> ((String) throws -> Void)? {
        switch type {
        case .local: { _ = try PasetoV4.Local.Key(paserk: $0) }
        case .secret: { _ = try PasetoV4.Public.SecretKey(paserk: $0) }
        case .public: { _ = try PasetoV4.Public.PublicKey(paserk: $0) }
        default: nil
        }
    }

    /// Loads raw key bytes as the key type that `type` serialises or identifies.
    private static func keyLoader(for type: PASERKType) -> ([UInt8]) throws -> Void {
        switch type {
        case .local, .lid: { _ = try PasetoV4.Local.Key(rawBytes: $0) }
        case .secret, .sid: { _ = try PasetoV4.Public.SecretKey(rawBytes: $0) }
        default: { _ = try PasetoV4.Public.PublicKey(rawBytes: $0) }
        }
    }

    private static func checkSeed(_ seed: String?, field: String, derives key: PasetoV4.Public.SecretKey) throws {
        guard seed != nil else { return }
        let seedBytes = try VectorCheckFailure.hexField(seed, field)
        let derived = try load(field) { try PasetoV4.Public.SecretKey(seed: seedBytes) }
        try VectorCheckFailure.expectEqual(
            derived.unsafeExportRawBytes(),
            key.unsafeExportRawBytes(),
            "secret key derived from \(field)"
        )
    }

    private static func secretKey(_ bytes: [UInt8]) throws -> PasetoV4.Public.SecretKey {
        try load("key") { try PasetoV4.Public.SecretKey(rawBytes: bytes) }
    }

    private static func load<Key>(_ field: String, _ body: () throws -> Key) throws -> Key {
        try VectorCheckFailure.expectSuccess("loading \(field)", body)
    }
}
