import PasetoJWT
import Testing

/// Every algorithm with every key form it has: PEM public key, PEM private key (PKCS#8 and the traditional
/// PKCS#1 / SEC1 forms), PEM certificate, JWK, JWKS, HMAC secret.
@Suite("algorithms and key forms")
struct AlgorithmTests {
    static let hmacSecret = [UInt8](repeating: 0x61, count: 64)

    /// The key files that verify `algorithm` (JWKS entries select by the token's kid).
    static func keyForms(for algorithm: JWSAlgorithm) -> [(file: String, kid: String?)] {
        switch algorithm.family {
        case .rsa:
            [
                ("rsa-public.pem", nil), ("rsa-private.pem", nil), ("rsa-private-pkcs1.pem", nil),
                ("rsa-cert.pem", nil), ("jwks.json", "rsa-1"),
            ]
        case .ecdsaP256:
            [
                ("ec-p256-public.pem", nil), ("ec-p256-private.pem", nil), ("ec-p256-sec1.pem", nil),
                ("ec-p256-cert.pem", nil), ("jwks.json", "ec-p256"),
            ]
        case .ecdsaP384:
            [
                ("ec-p384-public.pem", nil), ("ec-p384-private.pem", nil), ("ec-p384-sec1.pem", nil),
                ("ec-p384-cert.pem", nil),
                ("ec-p384.jwk.json", nil), ("ec-p384.jwk.json", "ec-p384"), ("jwks.json", "ec-p384"),
            ]
        case .ecdsaP521:
            [
                ("ec-p521-public.pem", nil), ("ec-p521-private.pem", nil), ("ec-p521-sec1.pem", nil),
                ("ec-p521-cert.pem", nil), ("jwks.json", "ec-p521"),
            ]
        case .ed25519:
            [
                ("ed25519-public.pem", nil), ("ed25519-private.pem", nil), ("ed25519.jwk.json", nil),
                ("ed25519-cert.pem", nil), ("jwks.json", "ed-1"),
            ]
        default:
            []
        }
    }

    /// A verifier for `algorithm` from its first key form (an HMAC secret for HS*).
    static func verifier(for algorithm: JWSAlgorithm) async throws -> JWTVerifier {
        guard let form = keyForms(for: algorithm).first else {
            return JWTVerifier(keys: try await JWTKeySet.hmacSecret(hmacSecret))
        }
        return JWTVerifier(keys: try await Fixture.keys(form.file))
    }

    @Test("each algorithm verifies with each of its key forms", arguments: JWSAlgorithm.all)
    func everyKeyForm(algorithm: JWSAlgorithm) async throws {
        let signer = try await Signers.make(algorithm)
        var forms: [(keys: JWTKeySet, kid: String?)] = []
        if algorithm.family == .hmac {
            forms.append((try await JWTKeySet.hmacSecret(Self.hmacSecret), nil))
        }
        for form in Self.keyForms(for: algorithm) {
            forms.append((try await Fixture.keys(form.file), form.kid))
        }
        #expect(!forms.isEmpty)
        for form in forms {
            let kid = form.kid.map { #","kid":"\#($0)""# } ?? ""
            let token = try TokenBuilder.signed(header: TokenBuilder.header(algorithm.name, kid), by: signer)
            let verified = try JWTVerifier(keys: form.keys).verify(
                token,
                rules: JWTClaimRules(issuer: nil, audience: nil)
            )
            #expect(verified.signature.algorithm == algorithm)
            #expect(verified.claims.subject == "alice")
            if let kid = form.kid { #expect(verified.signature.keyID == kid) }
        }
    }

    @Test("a JWK whose alg is PS256 verifies PS256 only")
    func pinnedAlgorithm() async throws {
        let verifier = JWTVerifier(keys: try await Fixture.keys("rsa-ps256.jwk.json"))
        let ps256 = try TokenBuilder.signed(header: TokenBuilder.header("PS256"), by: try await Signers.make(.ps256))
        let rs256 = try TokenBuilder.signed(header: TokenBuilder.header("RS256"), by: try await Signers.make(.rs256))
        #expect(throws: Never.self) { _ = try verifier.verify(ps256, rules: nil) }
        expectRefusal(.algorithmKeyMismatch) { _ = try verifier.verify(rs256, rules: nil) }
    }

    @Test("key files that are not usable keys are refused with exit-2 codes")
    func unusableKeys() async throws {
        await expectRefusal(.invalidKey) { _ = try await Fixture.keys("rsa1024-public.pem") }
        await expectRefusal(.unsupportedKey) { _ = try await Fixture.keys("ed448-cert.pem") }
        await expectRefusal(.invalidKey) { _ = try await JWTKeySet.load(contentsOf: Array("hello".utf8)) }
        await expectRefusal(.invalidKey) {
            _ = try await JWTKeySet.load(
                contentsOf: try Fixture.bytes("rsa-public.pem") + Fixture.bytes("rsa-cert.pem")
            )
        }
        await expectRefusal(.invalidKey) {
            _ = try await JWTKeySet.load(contentsOf: Array(#"{"kty":"EC","kty":"EC"}"#.utf8))
        }
        await expectRefusal(.unsupportedKey) {
            _ = try await JWTKeySet.load(
                contentsOf: Array(#"{"kty":"oct","k":"MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA"}"#.utf8)
            )
        }
        await expectRefusal(.invalidKey) {
            _ = try await JWTKeySet.load(contentsOf: Array(#"{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"}"#.utf8))
        }
        for error in [JWTCompatError.Code.invalidKey, .unsupportedKey, .weakHMACKey] {
            #expect(JWTCompatError.make(error, "x").isKeyProblem)
        }
        #expect(!JWTCompatError.make(.signatureInvalid, "x").isKeyProblem)
    }
}
