import Testing

@testable import PasetoKit

@Suite("Footers")
struct FooterTests {
    let key = PasetoV4.Local.Key.generate()

    func decrypt(_ token: String, limits: PasetoLimits = PasetoLimits()) -> PasetoError? {
        pasetoError { _ = try key.decrypt(token, as: NoCustomClaims.self, rules: timeRules(), limits: limits) }
    }

    var claims: String { #"{"exp":"2027-01-01T00:00:00Z"}"# }

    @Test("A kid footer round-trips and is reported after verification")
    func keyIDFooter() throws {
        let footer = try PasetoFooter(keyID: key.paserkID)
        #expect(footer.bytes == Array(#"{"kid":"\#(key.paserkID)"}"#.utf8))
        let token = try key.encrypt(
            PasetoClaims(),
            footer: footer,
            policy: IssuingPolicy(clock: FixedClock(referenceNow))
        )
        let verified = try key.decrypt(token, as: NoCustomClaims.self, rules: timeRules(), expectedFooter: footer)
        #expect(verified.footer.keyID == key.paserkID)
        #expect(try UntrustedToken(token).untrustedFooter == footer.bytes)
        #expect(try UntrustedToken(token).untrustedParsedFooter().keyID == key.paserkID)
        let withSecret = rawLocalToken(claims, key: key, footer: key.exportPASERK())
        #expect(errorCode { _ = try UntrustedToken(withSecret).untrustedParsedFooter() } == .invalidFooter)
    }

    @Test(
        "A kid must be a PASERK id",
        arguments: [
            "key-1", "", "k4.local.AAAA", "k4.lid.short", "k4.pid", "k5.lid.\(String(repeating: "A", count: 44))",
        ]
    )
    func keyIDMustBePASERKID(_ id: String) {
        #expect(errorCode { _ = try PasetoFooter(keyID: id) } == .invalidFooter)
    }

    @Test("Key material is refused in footers when issuing and when verifying")
    func keyMaterial() throws {
        let secrets = [
            key.exportPASERK(), PasetoV4.Public.SecretKey.generate().exportPASERK(),
            PasetoV4.Public.SecretKey.generate().publicKey.exportPASERK(), "k2.local-pw.AAAA", "k3.secret-pw.AAAA",
        ]
        for secret in secrets {
            #expect(errorCode { _ = try PasetoFooter(bytes: Array(secret.utf8)) } == .invalidFooter)
            #expect(errorCode { _ = try PasetoFooter(bytes: Array(#"{"wpk":"\#(secret)"}"#.utf8)) } == .invalidFooter)
            #expect(decrypt(rawLocalToken(claims, key: key, footer: #"{"kid":"\#(secret)"}"#))?.code == .invalidFooter)
            #expect(decrypt(rawLocalToken(claims, key: key, footer: "note " + secret))?.code == .invalidFooter)
        }
        // Ids are fine; wrapped and sealed keys are key material too (PasetoKit has no wpk support).
        _ = try PasetoFooter(bytes: Array(key.paserkID.utf8))
        for wrapped in ["k4.local-wrap.pie.AAAA", "k4.secret-wrap.pie.AAAA", "k4.seal.AAAA"] {
            #expect(errorCode { _ = try PasetoFooter(bytes: Array(wrapped.utf8)) } == .invalidFooter)
        }
    }

    @Test("A kid of another version, or not a string, is refused on verification")
    func foreignKeyID() {
        let v3ID = "k3.lid." + String(repeating: "A", count: 44)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: #"{"kid":"\#(v3ID)"}"#))?.code == .invalidFooter)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: #"{"kid":7}"#))?.code == .invalidFooter)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: #"{"kid":"not-an-id"}"#))?.code == .invalidFooter)
    }

    @Test("Non-JSON footers are fine; JSON footers are parsed strictly within their limits")
    func footerLimits() {
        #expect(decrypt(rawLocalToken(claims, key: key, footer: "plain label")) == nil)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: #"{"a":{"b":1}}"#)) == nil)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: #"{"a":{"b":{}}}"#))?.code == .limitExceeded)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: #"{"kid":"x","kid":"y"}"#))?.code == .invalidFooter)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: #"{"a":1"#))?.code == .invalidFooter)
        let members = (0..<513).map { #""m\#($0)":0"# }.joined(separator: ",")
        #expect(decrypt(rawLocalToken(claims, key: key, footer: "{" + members + "}"))?.code == .limitExceeded)
        let long = String(repeating: "f", count: 8 * 1024 + 1)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: long))?.code == .limitExceeded)
        #expect(decrypt(rawLocalToken(claims, key: key, footer: String(long.dropLast()))) == nil)
    }

    @Test("An expected footer is compared exactly")
    func expectedFooter() throws {
        let token = rawLocalToken(claims, key: key, footer: "v1")
        let expected = try PasetoFooter(bytes: Array("v1".utf8))
        _ = try key.decrypt(token, as: NoCustomClaims.self, rules: timeRules(), expectedFooter: expected)
        let other = try PasetoFooter(bytes: Array("v2".utf8))
        #expect(
            errorCode { _ = try key.decrypt(token, as: NoCustomClaims.self, rules: timeRules(), expectedFooter: other) }
                == .footerMismatch
        )
    }
}
