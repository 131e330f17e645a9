import Testing

@testable import PasetoKit

/// A custom `ClaimRule` can fail with its own code and message; custom codes never pass for built-in ones.
@Suite("custom rule codes")
struct CustomRuleCodeTests {
    static func claims(_ json: String) throws -> ClaimSet { try ClaimSet(payload: Array(json.utf8)) }

    static func rules(_ rule: ClaimRule) -> ClaimRules {
        var rules = ClaimRules(issuer: nil, audience: nil, clock: FixedClock(referenceNow))
        rules.allowsMissingExpiration = true
        rules.custom = [rule]
        return rules
    }

    @Test("a rule with its own code and message fails with them, naming its claim")
    func ownCodeAndMessage() throws {
        let rule = try ClaimRule(claim: "role", code: "role-required", message: "an admin role is required") {
            $0.string("role") == "admin"
        }
        #expect(rule.code.isCustom)
        let error = try #require(pasetoError { try Self.rules(rule).validate(try Self.claims(#"{"role":"user"}"#)) })
        #expect(error.code == (try PasetoError.Code.custom("role-required")))
        #expect(error.code.description == "custom.role-required")
        #expect(error.message == "an admin role is required")
        #expect(error.claim == "role")
        #expect(error.description == "custom.role-required: an admin role is required")
        #expect(throws: Never.self) { try Self.rules(rule).validate(try Self.claims(#"{"role":"admin"}"#)) }
    }

    @Test("a rule without a code still fails with invalid-claim")
    func defaultCode() throws {
        let rule = ClaimRule(claim: "role") { _ in false }
        #expect(rule.code == .invalidClaim)
        #expect(!rule.code.isCustom)
        #expect(errorCode { try Self.rules(rule).validate(try Self.claims("{}")) } == .invalidClaim)
    }

    @Test("a custom code named like a built-in one is neither equal to it nor printed like it")
    func noImpersonation() throws {
        for (name, builtIn) in [
            ("expired", PasetoError.Code.expired), ("invalid-claim", .invalidClaim),
            ("authentication-failed", .authenticationFailed), ("audience-mismatch", .audienceMismatch),
        ] {
            let custom = try PasetoError.Code.custom(name)
            #expect(custom != builtIn)
            #expect(custom.description == "custom.\(name)")
            #expect(custom.description != builtIn.description)
            #expect(!builtIn.isCustom)
        }
        #expect(try PasetoError.Code.custom("a") == (try PasetoError.Code.custom("a")))
        #expect(try PasetoError.Code.custom("a") != (try PasetoError.Code.custom("b")))
    }

    @Test(
        "custom code names are lower-case ASCII letters, digits and '-', starting with a letter, at most 48 bytes",
        arguments: [
            "", "Expired", "1st", "-x", "a.b", "a b", "a:b", "custom.x", "caf\u{E9}", "a\n",
            String(repeating: "a", count: 49),
        ]
    )
    func invalidNames(name: String) {
        #expect(errorCode { _ = try PasetoError.Code.custom(name) } == .invalidParameters)
        #expect(
            errorCode { _ = try ClaimRule(claim: "c", code: name, message: "m") { _ in true } } == .invalidParameters
        )
    }

    @Test("a control character in a rule's message is escaped like every message")
    func messageEscaped() throws {
        let rule = try ClaimRule(claim: "role", code: "x", message: "line\nbreak") { _ in false }
        let error = try #require(pasetoError { try Self.rules(rule).validate(try Self.claims("{}")) })
        #expect(!error.message.contains("\n"))
    }
}
