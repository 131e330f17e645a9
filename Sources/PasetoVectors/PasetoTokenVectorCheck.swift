package import PasetoKit

/// Runs one case of `v2.json` or `v4.json` against ``PasetoV2`` or ``PasetoV4`` (and hands `v1.json` and
/// `v3.json` to ``NISTTokenVectorCheck``).
///
/// - Good local cases (`N-E-*`): encrypting the payload with the vector's key and nonce reproduces the token
///   byte for byte, and decrypting the token returns the payload.
/// - Good public cases (`N-S-*`): signing reproduces the token (Ed25519 is deterministic), the seed derives
///   the same key pair, and verifying with the public key returns the payload.
/// - Expect-fail cases (`N-F-*`): every key the vector carries (local `key`, `public-key`) rejects the token.
///
/// Footers and implicit assertions are the UTF-8 bytes of the vector's text. v2 has no implicit assertions:
/// the `implicit-assertion` its vectors carry is ignored, as the specification's test notes require.
package enum PasetoTokenVectorCheck {
    /// The versions this check supports.
    package static let supportedVersions: [PasetoVersion] = [.v1, .v2, .v3, .v4]

    /// Checks `vector` from the file of `version`.
    ///
    /// - Returns: `.passed`, `.failed` with the first check that did not hold, or `.skipped` for a version
    ///   not in ``supportedVersions``.
    package static func outcome(of vector: PasetoVector, version: PasetoVersion) -> VectorOutcome {
        switch version {
        case .v4: outcome(of: vector, using: .v4)
        case .v2: outcome(of: vector, using: .v2)
        case .v3: NISTTokenVectorCheck.outcome(of: vector, using: NISTVersion.v3)
        case .v1: NISTTokenVectorCheck.outcome(of: vector, using: NISTVersion.v1)
        default: .skipped("\(version) tokens are not supported yet")
        }
    }

    private static func outcome<Local, Secret>(
        of vector: PasetoVector,
        using version: SodiumVersion<Local, Secret>
    ) -> VectorOutcome {
        VectorCheckFailure.outcome {
            let assertion = version.hasImplicitAssertions ? Array(vector.implicitAssertion.utf8) : []
            if vector.expectFail {
                try checkRejected(vector, using: version, assertion: assertion)
            } else if vector.key != nil {
                try checkLocal(vector, using: version, assertion: assertion)
            } else if vector.secretKey != nil || vector.publicKey != nil {
                try checkPublic(vector, using: version, assertion: assertion)
            } else {
                throw VectorCheckFailure("the vector has neither a local key nor a key pair")
            }
        }
    }

    private static func checkLocal<Local, Secret>(
        _ vector: PasetoVector,
        using version: SodiumVersion<Local, Secret>,
        assertion: [UInt8]
    ) throws {
        let key = try version.localKey(vector.key)
        let nonce = try VectorCheckFailure.hexField(vector.nonce, "nonce")
        guard nonce.count == version.nonceCount else {
            throw VectorCheckFailure("the nonce is \(nonce.count) bytes, not \(version.nonceCount)")
        }
        let payload = try payloadBytes(vector)
        let footer = Array(vector.footer.utf8)
        let token = version.encrypt(payload, key, footer, assertion, nonce)
        try VectorCheckFailure.expectEqual(token, vector.token, "encrypting with the vector's nonce")
        let opened = try VectorCheckFailure.expectSuccess("decrypting the token") {
            try key.decrypt(vector.token, expectedFooter: footer, implicitAssertion: assertion)
        }
        try VectorCheckFailure.expectEqual(opened.payload, payload, "decrypted payload")
        try VectorCheckFailure.expectEqual(opened.footer, footer, "decrypted footer")
    }

    private static func checkPublic<Local, Secret>(
        _ vector: PasetoVector,
        using version: SodiumVersion<Local, Secret>,
        assertion: [UInt8]
    ) throws {
        let secretKey = try version.secretKey(vector.secretKey)
        let publicKey = try version.publicKey(vector.publicKey)
        try VectorCheckFailure.expectEqual(
            secretKey.publicKey.rawBytes,
            publicKey.rawBytes,
            "public half of secret-key"
        )
        try version.checkSeed(vector.secretKeySeed, field: "secret-key-seed", derives: secretKey)
        let payload = try payloadBytes(vector)
        let footer = Array(vector.footer.utf8)
        let token = try VectorCheckFailure.expectSuccess("signing") {
            try secretKey.sign(payload, footer: footer, implicitAssertion: assertion)
        }
        try VectorCheckFailure.expectEqual(token, vector.token, "signing")
        let opened = try VectorCheckFailure.expectSuccess("verifying the token") {
            try publicKey.verify(vector.token, expectedFooter: footer, implicitAssertion: assertion)
        }
        try VectorCheckFailure.expectEqual(opened.payload, payload, "verified payload")
        try VectorCheckFailure.expectEqual(opened.footer, footer, "verified footer")
    }

    /// Each key present must reject the token; a vector with no usable key is itself a failure.
    private static func checkRejected<Local, Secret>(
        _ vector: PasetoVector,
        using version: SodiumVersion<Local, Secret>,
        assertion: [UInt8]
    ) throws {
        var tried = 0
        if vector.key != nil {
            let key = try version.localKey(vector.key)
            try VectorCheckFailure.expectError("decrypting with the local key") {
                try key.decrypt(vector.token, expectedFooter: nil, implicitAssertion: assertion)
            }
            tried += 1
        }
        if vector.publicKey != nil {
            let key = try version.publicKey(vector.publicKey)
            try VectorCheckFailure.expectError("verifying with the public key") {
                try key.verify(vector.token, expectedFooter: nil, implicitAssertion: assertion)
            }
            tried += 1
        }
        guard tried > 0 else { throw VectorCheckFailure("the expect-fail vector has no key to try") }
    }

    private static func payloadBytes(_ vector: PasetoVector) throws -> [UInt8] {
        guard let payload = vector.payload else { throw VectorCheckFailure("a good vector without a payload") }
        return Array(payload.utf8)
    }
}
