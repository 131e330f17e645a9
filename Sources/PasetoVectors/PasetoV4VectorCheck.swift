import PasetoKit

/// Runs one case of `v4.json` against ``PasetoV4``.
///
/// - Good local cases (`4-E-*`): encrypting the payload with the vector's key and nonce reproduces the token
///   byte for byte, and decrypting the token returns the payload.
/// - Good public cases (`4-S-*`): signing reproduces the token (Ed25519 is deterministic), the seed derives
///   the same key pair, and verifying with the public key returns the payload.
/// - Expect-fail cases (`4-F-*`): every key the vector carries (local `key`, `public-key`) rejects the token.
///
/// Footers and implicit assertions are the UTF-8 bytes of the vector's text.
package enum PasetoV4VectorCheck {
    /// Checks `vector`.
    ///
    /// - Parameter vector: A case of `v4.json`.
    /// - Returns: `.passed`, or `.failed` with the first check that did not hold.
    package static func outcome(of vector: PasetoVector) -> VectorOutcome {
        VectorCheckFailure.outcome {
            if vector.expectFail {
                try checkRejected(vector)
            } else if vector.key != nil {
                try checkLocal(vector)
            } else if vector.secretKey != nil || vector.publicKey != nil {
                try checkPublic(vector)
            } else {
                throw VectorCheckFailure("the vector has neither a local key nor a key pair")
            }
        }
    }

    private static func checkLocal(_ vector: PasetoVector) throws {
        let key = try localKey(vector)
        let nonce = try VectorCheckFailure.hexField(vector.nonce, "nonce")
        guard nonce.count == 32 else { throw VectorCheckFailure("the nonce is \(nonce.count) bytes, not 32") }
        let payload = try payloadBytes(vector)
        let footer = Array(vector.footer.utf8)
        let assertion = Array(vector.implicitAssertion.utf8)
        let token = PasetoV4.Local.encrypt(
            payload,
            using: key,
            footer: footer,
            implicitAssertion: assertion,
            nonce: nonce
        )
        try VectorCheckFailure.expectEqual(token, vector.token, "encrypting with the vector's nonce")
        let opened = try VectorCheckFailure.expectSuccess("decrypting the token") {
            try PasetoV4.Local.decrypt(vector.token, using: key, expectedFooter: footer, implicitAssertion: assertion)
        }
        try VectorCheckFailure.expectEqual(opened.payload, payload, "decrypted payload")
        try VectorCheckFailure.expectEqual(opened.footer, footer, "decrypted footer")
    }

    private static func checkPublic(_ vector: PasetoVector) throws {
        let secretKey = try secretKey(vector)
        let publicKey = try publicKey(vector)
        try VectorCheckFailure.expectEqual(
            secretKey.publicKey.rawBytes,
            publicKey.rawBytes,
            "public half of secret-key"
        )
        if vector.secretKeySeed != nil {
            let seed = try VectorCheckFailure.hexField(vector.secretKeySeed, "secret-key-seed")
            let derived = try VectorCheckFailure.expectSuccess("deriving a key from secret-key-seed") {
                try PasetoV4.Public.SecretKey(seed: seed)
            }
            try VectorCheckFailure.expectEqual(
                derived.unsafeExportRawBytes(),
                secretKey.unsafeExportRawBytes(),
                "secret key derived from secret-key-seed"
            )
        }
        let payload = try payloadBytes(vector)
        let footer = Array(vector.footer.utf8)
        let assertion = Array(vector.implicitAssertion.utf8)
        let token = PasetoV4.Public.sign(payload, using: secretKey, footer: footer, implicitAssertion: assertion)
        try VectorCheckFailure.expectEqual(token, vector.token, "signing")
        let opened = try VectorCheckFailure.expectSuccess("verifying the token") {
            try PasetoV4.Public.verify(
                vector.token,
                using: publicKey,
                expectedFooter: footer,
                implicitAssertion: assertion
            )
        }
        try VectorCheckFailure.expectEqual(opened.payload, payload, "verified payload")
        try VectorCheckFailure.expectEqual(opened.footer, footer, "verified footer")
    }

    /// Each key present must reject the token; a vector with no usable key is itself a failure.
    private static func checkRejected(_ vector: PasetoVector) throws {
        let assertion = Array(vector.implicitAssertion.utf8)
        var tried = 0
        if vector.key != nil {
            let key = try localKey(vector)
            try VectorCheckFailure.expectError("decrypting with the local key") {
                try PasetoV4.Local.decrypt(vector.token, using: key, implicitAssertion: assertion)
            }
            tried += 1
        }
        if vector.publicKey != nil {
            let key = try publicKey(vector)
            try VectorCheckFailure.expectError("verifying with the public key") {
                try PasetoV4.Public.verify(vector.token, using: key, implicitAssertion: assertion)
            }
            tried += 1
        }
        guard tried > 0 else { throw VectorCheckFailure("the expect-fail vector has no key to try") }
    }

    private static func localKey(_ vector: PasetoVector) throws -> PasetoV4.Local.Key {
        let bytes = try VectorCheckFailure.hexField(vector.key, "key")
        return try VectorCheckFailure.expectSuccess("loading key") { try PasetoV4.Local.Key(rawBytes: bytes) }
    }

    private static func secretKey(_ vector: PasetoVector) throws -> PasetoV4.Public.SecretKey {
        let bytes = try VectorCheckFailure.hexField(vector.secretKey, "secret-key")
        return try VectorCheckFailure.expectSuccess("loading secret-key") {
            try PasetoV4.Public.SecretKey(rawBytes: bytes)
        }
    }

    private static func publicKey(_ vector: PasetoVector) throws -> PasetoV4.Public.PublicKey {
        let bytes = try VectorCheckFailure.hexField(vector.publicKey, "public-key")
        return try VectorCheckFailure.expectSuccess("loading public-key") {
            try PasetoV4.Public.PublicKey(rawBytes: bytes)
        }
    }

    private static func payloadBytes(_ vector: PasetoVector) throws -> [UInt8] {
        guard let payload = vector.payload else { throw VectorCheckFailure("a good vector without a payload") }
        return Array(payload.utf8)
    }
}
