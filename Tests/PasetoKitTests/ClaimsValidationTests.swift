import Foundation
import Testing

@testable import PasetoKit

@Suite("Validating claims")
struct ClaimsValidationTests {
    let key = PasetoV4.Local.Key.generate()

    func token(_ claims: String) -> String { rawLocalToken(claims, key: key) }

    func check(_ json: String, _ rules: ClaimRules) -> PasetoError? {
        pasetoError { _ = try key.decrypt(token(json), as: NoCustomClaims.self, rules: rules) }
    }

    @Test("exp: valid up to and at the instant, expired one second after; leeway extends it")
    func expiration() {
        let exp = #"{"exp":"2026-01-01T00:00:00Z"}"#
        #expect(check(exp, timeRules(now: referenceNow.addingTimeInterval(-1))) == nil)
        #expect(check(exp, timeRules(now: referenceNow)) == nil)
        let expired = check(exp, timeRules(now: referenceNow.addingTimeInterval(1)))
        #expect(expired?.code == .expired)
        #expect(expired?.claim == "exp")
        #expect(expired?.message.contains("2026-01-01T00:00:00Z") == true)
        #expect(check(exp, timeRules(now: referenceNow.addingTimeInterval(5), leeway: .seconds(5))) == nil)
        #expect(check(exp, timeRules(now: referenceNow.addingTimeInterval(6), leeway: .seconds(5)))?.code == .expired)
    }

    @Test("nbf: not valid one second before, valid at the instant; leeway extends it")
    func notBefore() {
        let json = #"{"exp":"2027-01-01T00:00:00Z","nbf":"2026-01-01T00:00:00Z"}"#
        #expect(check(json, timeRules(now: referenceNow.addingTimeInterval(-1)))?.code == .notYetValid)
        #expect(check(json, timeRules(now: referenceNow)) == nil)
        #expect(check(json, timeRules(now: referenceNow.addingTimeInterval(-5), leeway: .seconds(5))) == nil)
        #expect(
            check(json, timeRules(now: referenceNow.addingTimeInterval(-6), leeway: .seconds(5)))?.code == .notYetValid
        )
    }

    @Test("iat: refused in the future, accepted at the instant; leeway extends it")
    func issuedAt() {
        let json = #"{"exp":"2027-01-01T00:00:00Z","iat":"2026-01-01T00:00:00Z"}"#
        #expect(check(json, timeRules(now: referenceNow.addingTimeInterval(-1)))?.code == .issuedInFuture)
        #expect(check(json, timeRules(now: referenceNow)) == nil)
        #expect(check(json, timeRules(now: referenceNow.addingTimeInterval(-3), leeway: .seconds(3))) == nil)
    }

    @Test("Fractional seconds and offsets name the instant they mean")
    func offsetsAndFractions() {
        // 01:00:00.500+01:00 is 00:00:00.5Z.
        let json = #"{"exp":"2026-01-01T01:00:00.500+01:00"}"#
        #expect(check(json, timeRules(now: referenceNow.addingTimeInterval(0.5))) == nil)
        #expect(check(json, timeRules(now: referenceNow.addingTimeInterval(0.6)))?.code == .expired)
        #expect(check(#"{"exp":"2025-12-31T19:00:00-05:00"}"#, timeRules(now: referenceNow)) == nil)
    }

    @Test(
        "Times in any other form are invalid-claim naming the claim",
        arguments: [
            #"{"exp":1767225600}"#, #"{"exp":"2026-01-01"}"#, #"{"exp":"tomorrow"}"#, #"{"exp":null}"#,
            #"{"exp":"2027-01-01T00:00:00Z","nbf":"2026-01-01T00:00:00"}"#,
            #"{"exp":"2027-01-01T00:00:00Z","iat":["2026-01-01T00:00:00Z"]}"#,
        ]
    )
    func malformedTimes(_ json: String) {
        let error = check(json, timeRules())
        #expect(error?.code == .invalidClaim)
        #expect(["exp", "nbf", "iat"].contains(error?.claim ?? ""))
    }

    @Test("Missing exp is missing-claim unless allowed")
    func missingExpiration() {
        #expect(check(#"{"sub":"x"}"#, timeRules())?.code == .missingClaim)
        var rules = timeRules()
        rules.allowsMissingExpiration = true
        #expect(check(#"{"sub":"x"}"#, rules) == nil)
    }

    @Test("Issuer, audience, subject and token id must match; each has its own code")
    func identityClaims() {
        let json = #"{"exp":"2027-01-01T00:00:00Z","iss":"auth","aud":"api","sub":"u-1","jti":"t-1"}"#
        var rules = ClaimRules(issuer: "auth", audience: "api", subject: "u-1", clock: FixedClock(referenceNow))
        rules.tokenID = "t-1"
        #expect(check(json, rules) == nil)
        for (change, code, claim) in [
            ({ (r: inout ClaimRules) in r.issuer = "other" }, PasetoError.Code.issuerMismatch, "iss"),
            ({ (r: inout ClaimRules) in r.acceptedAudiences = ["web"] }, .audienceMismatch, "aud"),
            ({ (r: inout ClaimRules) in r.subject = "u-2" }, .subjectMismatch, "sub"),
            ({ (r: inout ClaimRules) in r.tokenID = "t-2" }, .tokenIDRejected, "jti"),
            ({ (r: inout ClaimRules) in r.issuer = "autH" }, .issuerMismatch, "iss"),
            ({ (r: inout ClaimRules) in r.issuer = "auth " }, .issuerMismatch, "iss"),
        ] {
            var changed = rules
            change(&changed)
            let error = check(json, changed)
            #expect(error?.code == code)
            #expect(error?.claim == claim)
        }
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z"}"#, rules)?.code == .missingClaim)
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","iss":7}"#, rules)?.code == .invalidClaim)
    }

    @Test("Any of several accepted audiences matches")
    func acceptedAudiences() {
        var rules = ClaimRules(issuer: nil, audience: nil, clock: FixedClock(referenceNow))
        rules.acceptedAudiences = ["web", "api", "cli"]
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","aud":"api"}"#, rules) == nil)
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","aud":"admin"}"#, rules)?.code == .audienceMismatch)
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","aud":["api"]}"#, rules) == nil)
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","aud":["admin","cli"]}"#, rules) == nil)
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","aud":["admin"]}"#, rules)?.code == .audienceMismatch)
    }

    @Test("A token-id check sees jti and can refuse it (replay)")
    func tokenIDCheck() {
        var rules = timeRules()
        rules.tokenIDCheck = { $0 != "replayed" }
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","jti":"fresh"}"#, rules) == nil)
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","jti":"replayed"}"#, rules)?.code == .tokenIDRejected)
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z"}"#, rules)?.code == .missingClaim)
    }

    @Test("A maximum lifetime on verification needs iat and bounds exp - iat")
    func acceptedLifetime() {
        var rules = timeRules()
        rules.maximumLifetime = .seconds(3600)
        #expect(check(#"{"exp":"2026-01-01T01:00:00Z","iat":"2026-01-01T00:00:00Z"}"#, rules) == nil)
        #expect(check(#"{"exp":"2026-01-01T01:00:01Z","iat":"2026-01-01T00:00:00Z"}"#, rules)?.code == .invalidClaim)
        #expect(check(#"{"exp":"2026-01-01T01:00:00Z"}"#, rules)?.code == .missingClaim)
    }

    @Test("Custom rules see the claims and fail with invalid-claim naming their claim")
    func customRules() {
        var rules = timeRules()
        rules.custom = [
            ClaimRule(claim: "role") { $0.string("role") == "admin" }, .equals("tenant", "acme"), .required("scope"),
        ]
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","role":"admin","tenant":"acme","scope":1}"#, rules) == nil)
        let error = check(#"{"exp":"2027-01-01T00:00:00Z","role":"user","tenant":"acme","scope":1}"#, rules)
        #expect(error?.code == .invalidClaim)
        #expect(error?.claim == "role")
        #expect(
            check(#"{"exp":"2027-01-01T00:00:00Z","role":"admin","tenant":"other","scope":1}"#, rules)?.claim
                == "tenant"
        )
        #expect(check(#"{"exp":"2027-01-01T00:00:00Z","role":"admin","tenant":"acme"}"#, rules)?.claim == "scope")
    }

    @Test(
        "Duplicate member names and non-object payloads are invalid-payload",
        arguments: [
            #"{"exp":"2027-01-01T00:00:00Z","sub":"a","sub":"b"}"#,
            #"{"exp":"2027-01-01T00:00:00Z","exp":"2099-01-01T00:00:00Z"}"#,
            #"[]"#, #""string""#, "not json", #"{"exp":"2027-01-01T00:00:00Z"} trailing"#,
        ]
    )
    func invalidPayloads(_ json: String) {
        #expect(check(json, timeRules())?.code == .invalidPayload)
    }

    @Test("Claims are validated only after authentication")
    func validationAfterAuthentication() {
        let expiredToken = token(#"{"exp":"2000-01-01T00:00:00Z"}"#)
        #expect(
            errorCode { _ = try key.decrypt(expiredToken, as: NoCustomClaims.self, rules: timeRules()) } == .expired
        )
        let otherKey = PasetoV4.Local.Key.generate()
        #expect(
            errorCode { _ = try otherKey.decrypt(expiredToken, as: NoCustomClaims.self, rules: timeRules()) }
                == .authenticationFailed
        )
    }

    @Test("Content decodes from the same object; a type mismatch is invalid-payload without the value")
    func contentDecoding() throws {
        let json =
            #"{"exp":"2027-01-01T00:00:00Z","role":"admin","scopes":["a","b"],"lastLogin":"2025-12-31T23:00:00+01:00"}"#
        let verified = try key.decrypt(token(json), as: Session.self, rules: timeRules())
        #expect(
            verified.content
                == Session(role: "admin", scopes: ["a", "b"], lastLogin: Date(timeIntervalSince1970: 1_767_218_400))
        )
        let mismatch = pasetoError {
            _ = try key.decrypt(
                token(#"{"exp":"2027-01-01T00:00:00Z","role":"secret-role","scopes":"x"}"#),
                as: Session.self,
                rules: timeRules()
            )
        }
        #expect(mismatch?.code == .invalidPayload)
        #expect(mismatch?.message.contains("scopes") == true)
        #expect(mismatch?.message.contains("secret-role") == false)
        #expect(!String(describing: verified).contains("admin"))
    }

    @Test("The token length limit applies before anything else")
    func tokenLength() {
        let big = token(#"{"exp":"2027-01-01T00:00:00Z","pad":""# + String(repeating: "x", count: 70_000) + #""}"#)
        #expect(errorCode { _ = try key.decrypt(big, as: NoCustomClaims.self, rules: timeRules()) } == .limitExceeded)
        let generous = PasetoLimits(maximumTokenLength: 200_000)
        #expect(
            errorCode { _ = try key.decrypt(big, as: NoCustomClaims.self, rules: timeRules(), limits: generous) } == nil
        )
    }

    @Test("Payload depth is limited (default 32)")
    func payloadDepth() {
        let nested = { (depth: Int) in
            #"{"exp":"2027-01-01T00:00:00Z","n":"# + String(repeating: "[", count: depth - 1)
                + String(repeating: "]", count: depth - 1) + "}"
        }
        #expect(check(nested(32), timeRules()) == nil)
        #expect(check(nested(33), timeRules())?.code == .limitExceeded)
    }
}
