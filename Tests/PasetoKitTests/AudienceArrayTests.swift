import Foundation
import Testing

@testable import PasetoKit

/// `aud` is a string or an array of strings; `ClaimRules` accepts either when it holds an accepted audience.
@Suite("aud as a string or an array")
struct AudienceArrayTests {
    static let exp = #""exp":"2027-01-01T00:00:00Z""#

    static let localKeys: [any PasetoLocalKey] = [
        PasetoV1.Local.Key.generate(), PasetoV2.Local.Key.generate(), PasetoV3.Local.Key.generate(),
        PasetoV4.Local.Key.generate(),
    ]

    static func rules(_ audience: String) -> ClaimRules {
        ClaimRules(issuer: nil, audience: audience, clock: FixedClock(referenceNow))
    }

    static func check(_ payload: String, key: any PasetoLocalKey, audience: String) -> PasetoError.Code? {
        errorCode {
            let token = try key.encrypt(Array(payload.utf8), footer: [], implicitAssertion: [])
            _ = try key.decrypt(token, as: NoCustomClaims.self, rules: rules(audience))
        }
    }

    @Test("a string aud equal to the expected one, or an array holding it, passes for every version")
    func accepted() {
        for key in Self.localKeys {
            for aud in [#""api""#, #"["api"]"#, #"["web","api"]"#, #"["api","web","admin"]"#] {
                #expect(Self.check("{\(Self.exp),\"aud\":\(aud)}", key: key, audience: "api") == nil, "\(key) \(aud)")
            }
        }
    }

    @Test("verify accepts an aud array holding the expected audience for every version's public tokens")
    func publicTokens() throws {
        let secrets: [any PasetoSigningKey] = [
            PasetoV1.Public.SecretKey.generate(), PasetoV2.Public.SecretKey.generate(),
            PasetoV3.Public.SecretKey.generate(), PasetoV4.Public.SecretKey.generate(),
        ]
        for secret in secrets {
            try checkSigned(secret)
        }
    }

    private func checkSigned(_ secret: some PasetoSigningKey) throws {
        for (aud, expected) in [(#"["web","api"]"#, nil), (#"["web"]"#, PasetoError.Code.audienceMismatch)] {
            let token = try secret.sign(Array("{\(Self.exp),\"aud\":\(aud)}".utf8), footer: [], implicitAssertion: [])
            let code = errorCode {
                _ = try secret.publicKey.verify(token, as: NoCustomClaims.self, rules: Self.rules("api"))
            }
            #expect(code == expected, "\(secret) \(aud)")
        }
    }

    @Test("an aud without the expected audience is audience-mismatch; none is missing-claim")
    func refused() {
        for key in Self.localKeys {
            for aud in [#""web""#, #"["web"]"#, #"["web","admin"]"#, #"["api2"]"#] {
                #expect(Self.check("{\(Self.exp),\"aud\":\(aud)}", key: key, audience: "api") == .audienceMismatch)
            }
            #expect(Self.check("{\(Self.exp)}", key: key, audience: "api") == .missingClaim)
        }
    }

    @Test("an aud that is neither a string nor a non-empty array of strings is invalid-claim")
    func malformed() {
        for aud in ["[]", #"["api",1]"#, #"[["api"]]"#, "42", #"{"api":true}"#, "null"] {
            #expect(
                Self.check("{\(Self.exp),\"aud\":\(aud)}", key: PasetoV4.Local.Key.generate(), audience: "api")
                    == .invalidClaim,
                "\(aud)"
            )
        }
    }

    @Test("typed claims issue one audience as a string and several as an array, and read both back")
    func typedRoundTrip() throws {
        let key = PasetoV4.Local.Key.generate()
        let policy = IssuingPolicy(clock: FixedClock(referenceNow))
        var claims = PasetoClaims(issuer: "auth")
        claims.audiences = ["web", "api"]
        #expect(claims.audience == nil)
        let token = try key.encrypt(claims, policy: policy)
        let payload = try key.decrypt(token, expectedFooter: nil, implicitAssertion: []).payload
        #expect(String(decoding: payload, as: UTF8.self).contains(#""aud":["web","api"]"#))
        let verified = try key.decrypt(token, as: NoCustomClaims.self, rules: Self.rules("api"))
        #expect(verified.claims.audiences == ["web", "api"])
        #expect(verified.claims.audience == nil)
        #expect(verified.claims.registered.audiences == ["web", "api"])

        let single = try key.encrypt(PasetoClaims(audience: "api"), policy: policy)
        let singlePayload = try key.decrypt(single, expectedFooter: nil, implicitAssertion: []).payload
        #expect(String(decoding: singlePayload, as: UTF8.self).contains(#""aud":"api""#))
        let read = try key.decrypt(single, as: NoCustomClaims.self, rules: Self.rules("api"))
        #expect(read.claims.audience == "api")
        #expect(read.claims.audiences == ["api"])
    }

    @Test("the single-audience view: set replaces the list; an array of one reads as that audience")
    func singleAudienceView() throws {
        var registered = RegisteredClaims(audience: "api")
        #expect(registered.audiences == ["api"])
        registered.audiences = ["a", "b"]
        #expect(registered.audience == nil)
        registered.audience = nil
        #expect(registered.audiences.isEmpty)
        let claims = try ClaimSet(payload: Array(#"{"aud":["only"]}"#.utf8))
        #expect(claims.registered.audience == "only")
    }
}
