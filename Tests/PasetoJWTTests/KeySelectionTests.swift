import PasetoJWT
import Testing

/// `kid` selects exactly one key of a JWKS; there is never a fallback to another key.
@Suite("key selection by kid")
struct KeySelectionTests {
    private func token(_ algorithm: JWSAlgorithm, kid: String?) async throws -> String {
        let extra = kid.map { #","kid":"\#($0)""# } ?? ""
        return try TokenBuilder.signed(
            header: TokenBuilder.header(algorithm.name, extra),
            by: try await Signers.make(algorithm)
        )
    }

    @Test("a kid naming no key of the JWKS is refused, even though a key of the right family exists")
    func unknownKID() async throws {
        let verifier = JWTVerifier(keys: try await Fixture.keys("jwks.json"))
        await expectRefusal(.unknownKID) { _ = try verifier.verify(try await token(.rs256, kid: "rsa-2"), rules: nil) }
    }

    @Test("a kid naming a member the build skipped (oct, use enc, X25519) is refused")
    func skippedKID() async throws {
        let verifier = JWTVerifier(keys: try await Fixture.keys("jwks.json"))
        for kid in ["hmac-1", "rsa-enc", "x-1"] {
            await expectRefusal(.unknownKID) { _ = try verifier.verify(try await token(.rs256, kid: kid), rules: nil) }
        }
    }

    @Test("a kid naming a key of another family than alg is refused")
    func otherFamily() async throws {
        let verifier = JWTVerifier(keys: try await Fixture.keys("jwks.json"))
        await expectRefusal(.algorithmKeyMismatch) {
            _ = try verifier.verify(try await token(.es256, kid: "rsa-1"), rules: nil)
        }
        await expectRefusal(.algorithmKeyMismatch) {
            _ = try verifier.verify(try await token(.es256, kid: "ec-p384"), rules: nil)
        }
        await expectRefusal(.algorithmKeyMismatch) {
            _ = try verifier.verify(try await token(.rs256, kid: "ed-1"), rules: nil)
        }
    }

    @Test("a token without kid is refused by a JWKS of several keys")
    func missingKID() async throws {
        let verifier = JWTVerifier(keys: try await Fixture.keys("jwks.json"))
        await expectRefusal(.missingKID) { _ = try verifier.verify(try await token(.rs256, kid: nil), rules: nil) }
    }

    @Test("a single PEM key verifies tokens with or without kid; a single JWK refuses another kid")
    func singleKey() async throws {
        let pem = JWTVerifier(keys: try await Fixture.keys("ed25519-public.pem"))
        await #expect(throws: Never.self) { _ = try pem.verify(try await token(.eddsa, kid: nil), rules: nil) }
        await #expect(throws: Never.self) { _ = try pem.verify(try await token(.eddsa, kid: "anything"), rules: nil) }
        let jwk = JWTVerifier(keys: try await Fixture.keys("ed25519.jwk.json"))
        await #expect(throws: Never.self) { _ = try jwk.verify(try await token(.eddsa, kid: "ed-1"), rules: nil) }
        await #expect(throws: Never.self) { _ = try jwk.verify(try await token(.eddsa, kid: nil), rules: nil) }
        await expectRefusal(.unknownKID) { _ = try jwk.verify(try await token(.eddsa, kid: "ed-2"), rules: nil) }
    }

    @Test("the JWKS lists its usable keys in order")
    func keyIDs() async throws {
        let keys = try await Fixture.keys("jwks.json")
        #expect(keys.keyIDs == ["rsa-1", "ec-p256", "ec-p384", "ec-p521", "ed-1"])
        #expect(keys.count == 5)
    }
}

/// Key sets describe themselves without key material.
@Suite("key set descriptions")
struct KeySetDescriptionTests {
    @Test("an HMAC key set's description, dump and a verifier's dump hold no secret byte")
    func noSecret() async throws {
        let secret = "the-secret-that-must-not-print-0123456789"
        let keys = try await JWTKeySet.hmacSecret(Array(secret.utf8))
        var dumped = ""
        dump(JWTVerifier(keys: keys), to: &dumped)
        #expect(keys.description == "JWTKeySet(HMAC)")
        #expect(!dumped.contains(secret))
        #expect(!String(reflecting: keys).contains(secret))
        #expect(try await Fixture.keys("jwks.json").description.contains("RSA rsa-1"))
    }
}
