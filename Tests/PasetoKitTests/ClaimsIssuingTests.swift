import Foundation
import Testing

@testable import PasetoKit

@Suite("Issuing claims")
struct ClaimsIssuingTests {
    let key = PasetoV4.Local.Key.generate()
    let policy = IssuingPolicy(clock: FixedClock(referenceNow))

    func payloadObject(_ token: String) throws -> [String: Any] {
        let payload = try PasetoV4.Local.decrypt(token, using: key).payload
        return try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
    }

    @Test("Content and registered claims are one flat object; iat, nbf and exp are filled in")
    func flatObjectWithDefaults() throws {
        let claims = PasetoClaims(
            Session(role: "admin", scopes: ["read"]),
            issuer: "auth",
            subject: "u-1",
            audience: "api"
        )
        let token = try key.encrypt(claims, policy: policy)
        let object = try payloadObject(token)
        #expect(Set(object.keys) == ["iss", "sub", "aud", "iat", "nbf", "exp", "role", "scopes"])
        #expect(object["iat"] as? String == "2026-01-01T00:00:00Z")
        #expect(object["nbf"] as? String == "2026-01-01T00:00:00Z")
        #expect(object["exp"] as? String == "2026-01-01T01:00:00Z")
        #expect(object["role"] as? String == "admin")
        let payload = String(decoding: try PasetoV4.Local.decrypt(token, using: key).payload, as: UTF8.self)
        #expect(payload.hasPrefix(#"{"iss":"auth","sub":"u-1","aud":"api","exp":"#))
    }

    @Test("Times the caller sets are kept; the default lifetime is configurable")
    func explicitTimes() throws {
        let expiration = referenceNow.addingTimeInterval(600)
        let token = try key.encrypt(PasetoClaims(expiration: expiration), policy: policy)
        #expect(try payloadObject(token)["exp"] as? String == "2026-01-01T00:10:00Z")
        let shortPolicy = IssuingPolicy(defaultLifetime: .seconds(90), clock: FixedClock(referenceNow))
        #expect(
            try payloadObject(key.encrypt(PasetoClaims(), policy: shortPolicy))["exp"] as? String
                == "2026-01-01T00:01:30Z"
        )
    }

    @Test("A token without exp needs the loudly named opt-out, and verifiers refuse it by default")
    func nonExpiring() throws {
        let token = try key.encrypt(PasetoClaims(issuer: "auth").unsafeWithoutExpiration(), policy: policy)
        #expect(try payloadObject(token)["exp"] == nil)
        #expect(errorCode { _ = try key.decrypt(token, as: NoCustomClaims.self, rules: timeRules()) } == .missingClaim)
        var rules = timeRules()
        rules.allowsMissingExpiration = true
        #expect(try key.decrypt(token, as: NoCustomClaims.self, rules: rules).claims.expiration == nil)
    }

    @Test("A maximum lifetime refuses long-lived and non-expiring claims when issuing")
    func maximumLifetime() throws {
        let bounded = IssuingPolicy(maximumLifetime: .seconds(3600), clock: FixedClock(referenceNow))
        _ = try key.encrypt(PasetoClaims(expiration: referenceNow.addingTimeInterval(3600)), policy: bounded)
        let tooLong = pasetoError {
            _ = try key.encrypt(PasetoClaims(expiration: referenceNow.addingTimeInterval(3601)), policy: bounded)
        }
        #expect(tooLong?.code == .invalidClaim)
        #expect(tooLong?.claim == "exp")
        #expect(
            errorCode { _ = try key.encrypt(PasetoClaims().unsafeWithoutExpiration(), policy: bounded) }
                == .invalidClaim
        )
    }

    @Test("Content that reuses a registered name is refused instead of silently overwriting it")
    func registeredNameInContent() {
        struct Sneaky: Codable, Sendable { var exp: String }
        let error = pasetoError {
            _ = try key.encrypt(PasetoClaims(Sneaky(exp: "2999-01-01T00:00:00Z")), policy: policy)
        }
        #expect(error?.code == .invalidClaim)
        #expect(error?.claim == "exp")
    }

    @Test("Content must encode as an object")
    func nonObjectContent() {
        #expect(errorCode { _ = try key.encrypt(PasetoClaims("just a string"), policy: policy) } == .invalidPayload)
        #expect(errorCode { _ = try key.encrypt(PasetoClaims([1, 2, 3]), policy: policy) } == .invalidPayload)
    }

    @Test("Signed tokens carry the same claims and verify with the public key")
    func signed() throws {
        let secret = PasetoV4.Public.SecretKey.generate()
        let token = try secret.sign(PasetoClaims(Session(role: "r", scopes: []), issuer: "auth"), policy: policy)
        let verified = try secret.publicKey.verify(token, as: Session.self, rules: timeRules())
        #expect(verified.content == Session(role: "r", scopes: []))
        #expect(verified.claims.issuer == "auth")
    }
}
