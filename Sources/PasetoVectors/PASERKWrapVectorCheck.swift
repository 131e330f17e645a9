import PasetoKit

/// The k2/k4 `seal`, `local-wrap.pie`, `secret-wrap.pie`, `local-pw` and `secret-pw` PASERK vectors.
///
/// - Good cases: the PASERK opens, through ``AnyPasetoKey`` as the command line opens it, to exactly the
///   vector's key. What is deterministic is reproduced byte for byte: wrapping again with the nonce (and, for
///   the password types, the salt and Argon2id parameters) read from the PASERK gives the same PASERK. A
///   sealed key's ephemeral secret is not in the vector, so a fresh seal must open to the same key instead.
/// - Expect-fail cases (wrong password, altered tag, another version): opening fails, with the vector's keys
///   and password.
///
/// Passwords are the UTF-8 bytes of the vector's `password` text, even where it looks like hex.
enum PASERKWrapVectorCheck {
    static func checkSeal<Local, Secret>(_ vector: PASERKVector, using version: SodiumVersion<Local, Secret>) throws {
        let paserk = try requirePASERK(vector)
        let secretKey = try version.secretKey(vector.sealingSecretKey, field: "sealing-secret-key")
        let publicKey = try version.publicKey(vector.sealingPublicKey, field: "sealing-public-key")
        try VectorCheckFailure.expectEqual(
            secretKey.publicKey.rawBytes,
            publicKey.rawBytes,
            "public half of the sealing key"
        )
        guard !vector.expectFail else {
            try VectorCheckFailure.expectError("unsealing") {
                try PASERKSeal.unseal(paserk, as: Local.self, with: secretKey)
            }
            try VectorCheckFailure.expectError("unsealing at run time") {
                try AnyPasetoKey(unsealing: paserk, with: AnyPasetoKey(secretKey))
            }
            return
        }
        let expected = try version.localKey(vector.unsealed, field: "unsealed")
        let opened = try VectorCheckFailure.expectSuccess("unsealing") {
            try AnyPasetoKey(unsealing: paserk, with: AnyPasetoKey(secretKey))
        }
        try expectSameKey(opened, expected, "unsealed key")
        let resealed = try VectorCheckFailure.expectSuccess("sealing again") {
            try PASERKSeal.seal(expected, to: publicKey)
        }
        let reopened = try VectorCheckFailure.expectSuccess("unsealing a fresh seal") {
            try PASERKSeal.unseal(resealed, as: Local.self, with: secretKey)
        }
        try VectorCheckFailure.expectEqual(reopened.copyRawBytes(), expected.copyRawBytes(), "key from a fresh seal")
    }

    static func checkWrap<Key: SodiumSecretKey, Local, Secret>(
        _ vector: PASERKVector,
        as type: Key.Type,
        using version: SodiumVersion<Local, Secret>
    ) throws {
        let paserk = try requirePASERK(vector)
        let wrappingKey = try version.localKey(vector.wrappingKey, field: "wrapping-key")
        guard !vector.expectFail else {
            try VectorCheckFailure.expectError("unwrapping") {
                try PASERKWrap.unwrap(paserk, as: Key.self, with: wrappingKey)
            }
            try VectorCheckFailure.expectError("unwrapping at run time") {
                try AnyPasetoKey(unwrapping: paserk, with: AnyPasetoKey(wrappingKey))
            }
            return
        }
        let expected = try key(Key.self, vector.unwrapped, field: "unwrapped")
        let opened = try VectorCheckFailure.expectSuccess("unwrapping") {
            try AnyPasetoKey(unwrapping: paserk, with: AnyPasetoKey(wrappingKey))
        }
        try expectSameKey(opened, expected, "unwrapped key")
        let data = try wrappedData(paserk, afterHeader: PASERKWrap.header(for: Key.self))
        let nonce = try slice(data, PASERKWrap.tagCount, PASERKWrap.nonceCount, "nonce")
        try VectorCheckFailure.expectEqual(
            PASERKWrap.wrap(expected, with: wrappingKey, nonce: nonce),
            paserk,
            "wrapping again with the PASERK's nonce"
        )
    }

    static func checkPassword<Key: SodiumSecretKey, Local, Secret>(
        _ vector: PASERKVector,
        as type: Key.Type,
        using version: SodiumVersion<Local, Secret>
    ) throws {
        let paserk = try requirePASERK(vector)
        guard let text = vector.password else { throw VectorCheckFailure("the vector has no password") }
        let password = PASERKPassword(text)
        guard !vector.expectFail else {
            try VectorCheckFailure.expectError("unwrapping") {
                try PASERKPasswordWrap.unwrap(paserk, as: Key.self, password: password, maximumCost: .unwrappingCeiling)
            }
            return
        }
        let expected = try key(Key.self, vector.unwrapped, field: "unwrapped")
        let opened = try VectorCheckFailure.expectSuccess("unwrapping") {
            try AnyPasetoKey(unwrapping: paserk, withPassword: password)
        }
        try expectSameKey(opened, expected, "unwrapped key")
        // s(16) ‖ BE64(mem) ‖ BE32(time) ‖ BE32(para) ‖ n(24) ‖ edk ‖ t
        let data = try wrappedData(paserk, afterHeader: PASERKPasswordWrap.header(for: Key.self))
        let salt = try slice(data, 0, PASERKPasswordWrap.saltCount, "salt")
        let memory = try slice(data, 16, 8, "memlimit").reduce(0) { $0 << 8 | Int($1) }
        let operations = try slice(data, 24, 4, "opslimit").reduce(0) { $0 << 8 | Int($1) }
        let nonce = try slice(data, 32, PASERKPasswordWrap.nonceCount, "nonce")
        let parameters = try VectorCheckFailure.expectSuccess("reading the PASERK's Argon2id parameters") {
            try Argon2idParameters(memoryLimit: memory, operationsLimit: operations)
        }
        let rewrapped = try VectorCheckFailure.expectSuccess("wrapping again with the PASERK's salt and nonce") {
            try PASERKPasswordWrap.wrap(expected, password: password, parameters: parameters, salt: salt, nonce: nonce)
        }
        try VectorCheckFailure.expectEqual(
            rewrapped,
            paserk,
            "wrapping again with the PASERK's salt, nonce and parameters"
        )
    }

    private static func requirePASERK(_ vector: PASERKVector) throws -> String {
        guard let paserk = vector.paserk else { throw VectorCheckFailure("the vector has no paserk") }
        return paserk
    }

    /// The key of type `Key` from the vector's hex bytes.
    private static func key<Key: SodiumSecretKey>(_ type: Key.Type, _ hex: String?, field: String) throws -> Key {
        let bytes = try VectorCheckFailure.hexField(hex, field)
        return try VectorCheckFailure.expectSuccess("loading \(field)") {
            try Key(validating: SecretBytes(copying: bytes))
        }
    }

    /// Requires the key opened at run time to be `expected`: same type, same bytes.
    private static func expectSameKey<Key: SodiumSecretKey>(
        _ opened: AnyPasetoKey,
        _ expected: Key,
        _ what: String
    ) throws {
        guard let key = opened.boxedKey as? Key else {
            throw VectorCheckFailure(
                "\(what): expected a \(Key.paserkHeader) key, got \(opened.version.paserkPrefix).\(opened.paserkType)"
            )
        }
        try VectorCheckFailure.expectEqual(key.copyRawBytes(), expected.copyRawBytes(), what)
    }

    /// The decoded bytes after `header` (a good vector's PASERK always starts with it).
    private static func wrappedData(_ paserk: String, afterHeader header: String) throws -> [UInt8] {
        guard paserk.hasPrefix(header), let data = Base64URL.decode(paserk.dropFirst(header.count)) else {
            throw VectorCheckFailure("the paserk is not \(header) followed by base64url")
        }
        return data
    }

    private static func slice(_ data: [UInt8], _ start: Int, _ count: Int, _ what: String) throws -> [UInt8] {
        guard data.count >= start + count else {
            throw VectorCheckFailure("the paserk is too short to hold its \(what)")
        }
        return Array(data[start..<(start + count)])
    }
}
