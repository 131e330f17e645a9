import PasetoKit

/// Runs one case of `v1.json` or `v3.json` against ``PasetoV1`` or ``PasetoV3``.
///
/// - Good local cases: encrypting the payload with the vector's key and nonce reproduces the token byte for
///   byte (for v1 the nonce field is the random value hashed with the message), and decrypting the token gives
///   the payload.
/// - Good public cases: RSA-PSS and ECDSA signatures are randomised, so they are checked by verifying, never
///   by comparing bytes: the vector's token verifies with the public key, the secret key's public half is
///   that key (v3 also reads both PEM forms), and a fresh signature of the payload verifies too.
/// - Expect-fail cases: every key the vector carries rejects the token.
///
/// v1 has no implicit assertions: the `implicit-assertion` its vectors carry is ignored.
enum NISTTokenVectorCheck {
    static func outcome<Local, Secret>(
        of vector: PasetoVector,
        using version: NISTVersion<Local, Secret>
    ) -> VectorOutcome {
        VectorCheckFailure.outcome {
            let assertion = version.hasImplicitAssertions ? Array(vector.implicitAssertion.utf8) : []
            let keys = version.keys
            let footer = Array(vector.footer.utf8)
            if vector.expectFail {
                var tried = 0
                if vector.key != nil {
                    let key = try keys.localKey(vector.key, "key")
                    try VectorCheckFailure.expectError("decrypting with the local key") {
                        try key.decrypt(vector.token, expectedFooter: nil, implicitAssertion: assertion)
                    }
                    tried += 1
                }
                if vector.publicKey != nil {
                    let key = try keys.publicKey(vector.publicKey, "public-key")
                    try VectorCheckFailure.expectError("verifying with the public key") {
                        try key.verify(vector.token, expectedFooter: nil, implicitAssertion: assertion)
                    }
                    tried += 1
                }
                guard tried > 0 else { throw VectorCheckFailure("the expect-fail vector has no key to try") }
                return
            }
            guard let payloadText = vector.payload else { throw VectorCheckFailure("a good vector without a payload") }
            let payload = Array(payloadText.utf8)
            let opened: VerifiedToken
            if vector.key != nil {
                let key = try keys.localKey(vector.key, "key")
                let nonce = try VectorCheckFailure.hexField(vector.nonce, "nonce")
                try VectorCheckFailure.expectEqual(
                    version.encrypt(payload, key, footer, assertion, nonce),
                    vector.token,
                    "encrypting with the vector's nonce"
                )
                opened = try VectorCheckFailure.expectSuccess("decrypting the token") {
                    try key.decrypt(vector.token, expectedFooter: footer, implicitAssertion: assertion)
                }
            } else {
                let secretKey = try keys.secretKey(vector.secretKey, "secret-key")
                let publicKey = try keys.publicKey(vector.publicKey, "public-key")
                for (text, field) in [(vector.secretKeyPEM, "secret-key-pem"), (vector.publicKeyPEM, "public-key-pem")]
                where text != nil {
                    let fromPEM =
                        field == "secret-key-pem"
                        ? try keys.secretKey(text, field).publicKey.exportPASERK()
                        : try keys.publicKey(text, field).exportPASERK()
                    try VectorCheckFailure.expectEqual(fromPEM, publicKey.exportPASERK(), "public key from \(field)")
                }
                try VectorCheckFailure.expectEqual(
                    secretKey.publicKey.exportPASERK(),
                    publicKey.exportPASERK(),
                    "public half of secret-key"
                )
                opened = try VectorCheckFailure.expectSuccess("verifying the token") {
                    try publicKey.verify(vector.token, expectedFooter: footer, implicitAssertion: assertion)
                }
                let fresh = try VectorCheckFailure.expectSuccess("signing") {
                    try secretKey.sign(payload, footer: footer, implicitAssertion: assertion)
                }
                let reopened = try VectorCheckFailure.expectSuccess("verifying a fresh signature") {
                    try publicKey.verify(fresh, expectedFooter: footer, implicitAssertion: assertion)
                }
                try VectorCheckFailure.expectEqual(reopened.payload, payload, "payload of a fresh signature")
            }
            try VectorCheckFailure.expectEqual(opened.payload, payload, "payload of the token")
            try VectorCheckFailure.expectEqual(opened.footer, footer, "footer of the token")
        }
    }
}
