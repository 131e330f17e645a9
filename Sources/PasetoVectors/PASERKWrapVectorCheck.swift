import PasetoKit

/// The `seal`, `local-wrap.pie`, `secret-wrap.pie`, `local-pw` and `secret-pw` PASERK vectors of every version
/// that has them (k1 has no `seal` here; see ``PASERKVectorCheck``).
///
/// - Good cases: the PASERK opens, through ``AnyPasetoKey`` as the command line opens it, to exactly the
///   vector's key. What is deterministic is reproduced byte for byte: wrapping again with the nonce (and, for
///   the password types, the salt and the cost parameters) read from the PASERK gives the same PASERK. A
///   sealed key's ephemeral secret is not in the vector, so a fresh seal must open to the same key instead.
/// - Expect-fail cases (wrong password, altered tag, another version): opening fails with the vector's keys
///   and password; keys of another version that do not even load count as refused.
///
/// Passwords are the UTF-8 bytes of the vector's `password` text, even where it looks like hex.
enum PASERKWrapVectorCheck {
    static func checkSeal<Local, Secret: PASERKSealingSecretKey>(
        _ vector: PASERKVector,
        using keys: PASERKVectorKeys<Local, Secret>
    ) throws {
        let paserk = try requirePASERK(vector)
        guard !vector.expectFail else {
            try VectorCheckFailure.expectError("unsealing") {
                let secretKey = try keys.secretKey(vector.sealingSecretKey, "sealing-secret-key")
                return try AnyPasetoKey(unsealing: paserk, with: AnyPasetoKey(secretKey))
            }
            return
        }
        let secretKey = try keys.secretKey(vector.sealingSecretKey, "sealing-secret-key")
        let publicKey = try keys.publicKey(vector.sealingPublicKey, "sealing-public-key")
        try VectorCheckFailure.expectEqual(
            secretKey.publicKey.exportPASERK(),
            publicKey.exportPASERK(),
            "public half of the sealing key"
        )
        let expected = try keys.localKey(vector.unsealed, "unsealed")
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

    static func checkWrap<Key: PASERKSecretKey, Local, Secret>(
        _ vector: PASERKVector,
        as type: Key.Type,
        expected loadExpected: PASERKVectorKeys<Local, Secret>.Loader<Key>,
        using keys: PASERKVectorKeys<Local, Secret>
    ) throws {
        let paserk = try requirePASERK(vector)
        let wrappingKey = try keys.localKey(vector.wrappingKey, "wrapping-key")
        guard !vector.expectFail else {
            try VectorCheckFailure.expectError("unwrapping") {
                try PASERKWrap.unwrap(paserk, as: Key.self, with: wrappingKey)
            }
            try VectorCheckFailure.expectError("unwrapping at run time") {
                try AnyPasetoKey(unwrapping: paserk, with: AnyPasetoKey(wrappingKey))
            }
            return
        }
        let expected = try loadExpected(vector.unwrapped, "unwrapped")
        let opened = try VectorCheckFailure.expectSuccess("unwrapping") {
            try AnyPasetoKey(unwrapping: paserk, with: AnyPasetoKey(wrappingKey))
        }
        try expectSameKey(opened, expected, "unwrapped key")
        let data = try wrappedData(paserk, afterHeader: PASERKWrap.header(for: Key.self))
        let nonce = try slice(data, Key.Suite.tagCount, PASERKWrap.nonceCount, "nonce")
        try VectorCheckFailure.expectEqual(
            PASERKWrap.wrap(expected, with: wrappingKey, nonce: nonce),
            paserk,
            "wrapping again with the PASERK's nonce"
        )
    }

    static func checkPassword<Key: PASERKSecretKey, Local, Secret>(
        _ vector: PASERKVector,
        as type: Key.Type,
        expected loadExpected: PASERKVectorKeys<Local, Secret>.Loader<Key>,
        using keys: PASERKVectorKeys<Local, Secret>
    ) throws {
        let paserk = try requirePASERK(vector)
        guard let text = vector.password else { throw VectorCheckFailure("the vector has no password") }
        let password = PASERKPassword(text)
        guard !vector.expectFail else {
            try VectorCheckFailure.expectError("unwrapping") {
                let ceiling = Key.Suite.select(argon2id: .unwrappingCeiling, pbkdf2: .unwrappingCeiling)
                return try PASERKPasswordWrap.unwrap(paserk, as: Key.self, password: password, maximumCost: ceiling)
            }
            return
        }
        let expected = try loadExpected(vector.unwrapped, "unwrapped")
        let opened = try VectorCheckFailure.expectSuccess("unwrapping") {
            try AnyPasetoKey(unwrapping: paserk, withPassword: password)
        }
        try expectSameKey(opened, expected, "unwrapped key")
        // s ‖ parameters ‖ n ‖ edk ‖ t
        typealias Suite = Key.Suite
        let data = try wrappedData(paserk, afterHeader: PASERKPasswordWrap.header(for: Key.self))
        let salt = try slice(data, 0, Suite.passwordSaltCount, "salt")
        let encoded = try slice(data, salt.count, Suite.passwordParametersCount, "parameters")
        let nonce = try slice(data, salt.count + encoded.count, Suite.passwordNonceCount, "nonce")
        let parameters = try VectorCheckFailure.expectSuccess("reading the PASERK's parameters") {
            try Suite.decodePasswordParameters(encoded[...])
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

    /// Requires the key opened at run time to be `expected`: same type, same bytes.
    private static func expectSameKey<Key: PASERKSecretKey>(
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
