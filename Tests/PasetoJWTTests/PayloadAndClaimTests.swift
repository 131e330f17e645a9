import Foundation
import PasetoJWT
import PasetoKit
import Testing

/// The payload must be a strict JSON object, and its claims must pass the rules.
@Suite("payload and claim checks")
struct PayloadAndClaimTests {
    static let secret = [UInt8](repeating: 0x61, count: 64)
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func verify(_ payload: String, rules: JWTClaimRules? = rules()) async throws -> VerifiedJWT {
        let token = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            payload: payload,
            by: try await Signers.hmac(Self.secret, .hs256)
        )
        return try JWTVerifier(keys: try await JWTKeySet.hmacSecret(Self.secret)).verify(token, rules: rules)
    }

    private static func rules(issuer: String? = nil, audience: String? = nil, leeway: Int64 = 0) -> JWTClaimRules {
        JWTClaimRules(issuer: issuer, audience: audience, leeway: .seconds(leeway), clock: FixedClock(now))
    }

    @Test(
        "a signed payload that is not a JSON object is refused",
        arguments: [#"[1,2]"#, #""claims""#, "42", "null", "true"]
    )
    func notObject(payload: String) async throws {
        await expectRefusal(.payloadNotObject) { _ = try await verify(payload) }
    }

    @Test(
        "a signed payload that is not JSON is refused",
        arguments: ["It's a dangerous business", #"{"a":1,}"#, #"{"a":1} x"#]
    )
    func notJSON(payload: String) async throws {
        await expectRefusal(.invalidPayload) { _ = try await verify(payload) }
    }

    @Test("duplicate claim names are refused anywhere in the payload")
    func duplicateClaims() async throws {
        await expectRefusal(.duplicateClaim) { _ = try await verify(#"{"sub":"alice","sub":"admin"}"#) }
        await expectRefusal(.duplicateClaim) { _ = try await verify(#"{"ctx":{"role":"user","role":"admin"}}"#) }
    }

    @Test("exp: valid before it, expired from it on, leeway extends it")
    func expiration() async throws {
        await #expect(throws: Never.self) { _ = try await verify(#"{"exp":1800000001}"#) }
        await #expect(throws: Never.self) { _ = try await verify(#"{"exp":1800000000.5}"#) }
        await expectRefusal(.expired) { _ = try await verify(#"{"exp":1800000000}"#) }
        await expectRefusal(.expired) { _ = try await verify(#"{"exp":1799999999.9}"#) }
        await #expect(throws: Never.self) {
            _ = try await verify(#"{"exp":1799999990}"#, rules: Self.rules(leeway: 30))
        }
        await #expect(throws: Never.self) { _ = try await verify(#"{"exp":1700000000}"#, rules: nil) }
    }

    @Test("nbf: valid from it on (nbf == now is valid), not before it; leeway applies")
    func notBefore() async throws {
        await #expect(throws: Never.self) { _ = try await verify(#"{"nbf":1800000000}"#) }
        await expectRefusal(.notYetValid) { _ = try await verify(#"{"nbf":1800000000.5}"#) }
        await expectRefusal(.notYetValid) { _ = try await verify(#"{"nbf":1800000100}"#) }
        await #expect(throws: Never.self) {
            _ = try await verify(#"{"nbf":1800000100}"#, rules: Self.rules(leeway: 100))
        }
    }

    @Test("iss, aud and sub must match when asked for; aud may be an array")
    func identities() async throws {
        let payload = #"{"iss":"https://auth.example","aud":["web","api"],"sub":"u1"}"#
        await #expect(throws: Never.self) {
            _ = try await verify(payload, rules: Self.rules(issuer: "https://auth.example", audience: "api"))
        }
        await expectRefusal(.issuerMismatch) {
            _ = try await verify(payload, rules: Self.rules(issuer: "https://evil.example"))
        }
        await expectRefusal(.audienceMismatch) { _ = try await verify(payload, rules: Self.rules(audience: "admin")) }
        var subject = Self.rules()
        subject.subject = "u2"
        await expectRefusal(.subjectMismatch) { _ = try await verify(payload, rules: subject) }
        await expectRefusal(.missingClaim) { _ = try await verify(#"{"sub":"u1"}"#, rules: Self.rules(issuer: "x")) }
        await expectRefusal(.missingClaim) {
            _ = try await verify(#"{"sub":"u1"}"#, rules: Self.rules(audience: "api"))
        }
        var required = Self.rules()
        required.requiresExpiration = true
        await expectRefusal(.missingClaim) { _ = try await verify(#"{"sub":"u1"}"#, rules: required) }
    }

    @Test(
        "registered claims of the wrong type are refused, even without rules",
        arguments: [
            #"{"exp":"2100-01-01T00:00:00Z"}"#, #"{"nbf":true}"#, #"{"iat":[1]}"#, #"{"iss":7}"#, #"{"aud":[]}"#,
            #"{"aud":["a",1]}"#, #"{"sub":null}"#, #"{"jti":{}}"#, #"{"exp":1e300}"#, #"{"exp":-1e13}"#,
        ]
    )
    func wrongTypes(payload: String) async throws {
        await expectRefusal(.invalidClaim) { _ = try await verify(payload, rules: nil) }
    }

    @Test("claims are read typed; the payload bytes are kept exactly")
    func typedClaims() async throws {
        let payload =
            #"{"iss":"i","sub":"s","aud":"a","exp":4102444800,"nbf":1.7e9,"iat":1700000000.25,"jti":"j","x":1.50}"#
        let jwt = try await verify(payload, rules: nil)
        #expect(jwt.claims.issuer == "i")
        #expect(jwt.claims.audience == ["a"])
        #expect(jwt.claims.expiration?.floorSeconds == 4_102_444_800)
        #expect(jwt.claims.notBefore?.floorSeconds == 1_700_000_000)
        #expect(jwt.claims.issuedAt?.ceilingSeconds == 1_700_000_001)
        #expect(jwt.claims.tokenID == "j")
        #expect(jwt.payload == Array(payload.utf8))
        #expect(jwt.description == "VerifiedJWT(HS256)")
    }
}
