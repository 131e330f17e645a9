import PasetoJWT
import Testing

/// EdDSA JWTs verify with the Ed25519 key of an X.509 certificate (RFC 8410), as with every other key form.
@Suite("Ed25519 certificate keys")
struct CertificateKeyTests {
    @Test(
        "an openssl-made Ed25519 certificate verifies an EdDSA JWT signed by python cryptography",
        .bug(id: 11, "issue 11, item 3")
    )
    func certificateVerifies() async throws {
        let token = try Fixture.legacy("eddsa-cert")
        let keys = try await Fixture.keys("ed25519-cert.pem")
        let verified = try JWTVerifier(keys: keys, allowedAlgorithms: [.eddsa]).verify(
            token,
            rules: JWTClaimRules(issuer: "https://legacy.example", audience: nil)
        )
        #expect(verified.signature.algorithm == .eddsa)
        #expect(verified.claims.subject == "alice")
        #expect(verified.payload == Array(try Fixture.legacy("payload").utf8))
    }

    @Test("the certificate's key is the same key as its SPKI PEM, PKCS#8 PEM and OKP JWK")
    func sameKeyAsOtherForms() async throws {
        let token = try Fixture.legacy("eddsa-cert")
        let forms = ["ed25519-cert.pem", "ed25519-public.pem", "ed25519-private.pem", "ed25519.jwk.json"]
        var paserks: Set<String?> = []
        for form in forms {
            let keys = try await Fixture.keys(form)
            #expect(throws: Never.self, "\(form)") { _ = try JWTVerifier(keys: keys).verify(token, rules: nil) }
            paserks.insert(keys.paserkConversions().first?.paserk)
        }
        #expect(paserks.count == 1)
        #expect(paserks.first??.hasPrefix("k4.public.") == true)
    }

    @Test("a certificate key verifies EdDSA only, and a tampered token is refused")
    func familyAndTamper() async throws {
        let verifier = JWTVerifier(keys: try await Fixture.keys("ed25519-cert.pem"))
        let token = try Fixture.legacy("eddsa-cert")
        var signature = try TokenBuilder.signature(of: token)
        signature[0] ^= 1
        expectRefusal(.signatureInvalid) {
            _ = try verifier.verify(TokenBuilder.replacingSignature(of: token, with: signature), rules: nil)
        }
        let hs256 = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            by: try await Signers.hmac(Array(repeating: 0x61, count: 32), .hs256)
        )
        expectRefusal(.algorithmKeyMismatch) { _ = try verifier.verify(hs256, rules: nil) }
    }

    @Test("a certificate whose key PasetoJWT cannot verify with (Ed448) is unsupported-key")
    func ed448Refused() async throws {
        await expectRefusal(.unsupportedKey) { _ = try await Fixture.keys("ed448-cert.pem") }
    }
}
