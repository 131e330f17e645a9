import Foundation
import PasetoJWT
import PasetoKit
import Testing

/// One key set over several legacy issuers: an HMAC secret and a JWKS together, the token's `alg` choosing
/// which one checks it and `kid` then selecting within the JWKS, never a fallback.
@Suite("combined key sets")
struct CombinedKeySetTests {
    static let secret = [UInt8](repeating: 0x61, count: 64)

    static func combined() async throws -> JWTKeySet {
        try JWTKeySet(combining: [try await JWTKeySet.hmacSecret(secret), try await Fixture.keys("jwks.json")])
    }

    private func token(_ algorithm: JWSAlgorithm, kid: String?) async throws -> String {
        let extra = kid.map { #","kid":"\#($0)""# } ?? ""
        return try TokenBuilder.signed(
            header: TokenBuilder.header(algorithm.name, extra),
            by: algorithm.family == .hmac
                ? try await Signers.hmac(Self.secret, algorithm) : try await Signers.make(algorithm)
        )
    }

    @Test(
        "an HMAC secret and a JWKS in one set verify HS*, RS*, ES* and EdDSA tokens",
        .bug(id: 11, "issue 11, item 17")
    )
    func mixedEstate() async throws {
        let verifier = JWTVerifier(keys: try await Self.combined())
        let cases: [(JWSAlgorithm, String?)] = [
            (.hs256, nil), (.hs512, "legacy-monolith"), (.rs256, "rsa-1"), (.ps384, "rsa-1"), (.es256, "ec-p256"),
            (.eddsa, "ed-1"),
        ]
        for (algorithm, kid) in cases {
            let verified = try verifier.verify(try await token(algorithm, kid: kid), rules: nil)
            #expect(verified.signature.algorithm == algorithm)
            #expect(verified.signature.keyID == (algorithm.family == .hmac ? nil : kid))
        }
        #expect(verifier.keys.count == 6)
    }

    @Test("within the JWKS part kid still selects exactly one key: missing, unknown, other family")
    func kidRulesKept() async throws {
        let verifier = JWTVerifier(keys: try await Self.combined())
        await expectRefusal(.missingKID) { _ = try verifier.verify(try await token(.rs256, kid: nil), rules: nil) }
        await expectRefusal(.unknownKID) { _ = try verifier.verify(try await token(.rs256, kid: "rsa-2"), rules: nil) }
        await expectRefusal(.unknownKID) { _ = try verifier.verify(try await token(.rs256, kid: "hmac-1"), rules: nil) }
        await expectRefusal(.algorithmKeyMismatch) {
            _ = try verifier.verify(try await token(.es256, kid: "rsa-1"), rules: nil)
        }
    }

    @Test("the family decides: an HS256 token signed with the RSA public key's PEM is still refused")
    func noAlgorithmConfusion() async throws {
        let verifier = JWTVerifier(keys: try await Self.combined())
        let pem = try Fixture.bytes("rsa-public.pem")
        let confused = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256", #","kid":"rsa-1""#),
            by: try await Signers.hmac(pem, .hs256)
        )
        expectRefusal(.signatureInvalid) { _ = try verifier.verify(confused, rules: nil) }
    }

    @Test("a PEM key set alone keeps its rules; a family without a key is algorithm-key-mismatch")
    func singleSourcesCombined() async throws {
        let keys = try JWTKeySet(combining: [
            try await JWTKeySet.hmacSecret(Self.secret), try await Fixture.keys("ec-p256-public.pem"),
        ])
        let verifier = JWTVerifier(keys: keys)
        let es256 = try await token(.es256, kid: "any")
        let hs256 = try await token(.hs256, kid: nil)
        #expect(throws: Never.self) { _ = try verifier.verify(es256, rules: nil) }
        #expect(throws: Never.self) { _ = try verifier.verify(hs256, rules: nil) }
        await expectRefusal(.algorithmKeyMismatch) {
            _ = try verifier.verify(try await token(.rs256, kid: nil), rules: nil)
        }
    }

    @Test("ambiguous combinations are refused: two secrets, a PEM key beside a JWKS of its family, a shared kid")
    func ambiguous() async throws {
        let hmac = try await JWTKeySet.hmacSecret(Self.secret)
        let jwks = try await Fixture.keys("jwks.json")
        await expectRefusal(.invalidKey) {
            _ = try JWTKeySet(combining: [hmac, try await JWTKeySet.hmacSecret(Self.secret)])
        }
        await expectRefusal(.invalidKey) {
            _ = try JWTKeySet(combining: [try await Fixture.keys("rsa-public.pem"), jwks])
        }
        expectRefusal(.invalidKey) { _ = try JWTKeySet(combining: [jwks, jwks]) }
        expectRefusal(.invalidKey) { _ = try JWTKeySet(combining: []) }
    }

    @Test("one transition window over a mixed legacy estate: HS256 and RS256 JWTs and PASETO, one claims type")
    func transitionWindow() async throws {
        struct Session: Codable, Sendable, Equatable { var role: String }
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let key = PasetoV4.Local.Key.generate()
        let transition = TransitionVerifier<Session>(
            pasetoKey: key,
            jwt: JWTVerifier(keys: try await Self.combined(), allowedAlgorithms: [.hs256, .rs256]),
            cutoff: now.addingTimeInterval(60),
            rules: ClaimRules(issuer: "auth", audience: "api", clock: FixedClock(now))
        )
        let payload = #"{"iss":"auth","aud":"api","exp":1800003600,"role":"member"}"#
        let hs256 = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            payload: payload,
            by: try await Signers.hmac(Self.secret, .hs256)
        )
        let rs256 = try TokenBuilder.signed(
            header: TokenBuilder.header("RS256", #","kid":"rsa-1""#),
            payload: payload,
            by: try await Signers.make(.rs256)
        )
        let paseto = try key.encrypt(
            PasetoClaims(
                Session(role: "member"),
                issuer: "auth",
                audience: "api",
                expiration: Date(timeIntervalSince1970: 1_800_003_600)
            ),
            policy: IssuingPolicy(clock: FixedClock(now))
        )
        for token in [hs256, rs256, paseto] {
            #expect(try transition.verify(token).claims.content == Session(role: "member"))
        }
        let es256 = try TokenBuilder.signed(
            header: TokenBuilder.header("ES256", #","kid":"ec-p256""#),
            payload: payload,
            by: try await Signers.make(.es256)
        )
        expectRefusal(.algorithmNotAllowed) { _ = try transition.verify(es256) }
        #expect(transition.counts.jwtAccepted == 2)
    }
}
