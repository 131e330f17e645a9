import Foundation
import Testing

/// `decrypt`/`verify` claim checks: times with `--leeway`, `--allow-no-exp`, `--issuer`/`--audience`/`--subject`
/// and `--no-validate`, on tokens issued by the binary. Margins are wide; the exact boundaries are unit-tested.
@Suite("claim flags: decrypt and verify")
struct ClaimValidationFlagTests {
    // MARK: exp

    @Test(
        "the contract's example: exp a second ago is expired, and accepted with --leeway 5",
        arguments: ClaimPurpose.allCases
    )
    func expiredWithinLeeway(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{"sub":"alice","exp":"\#(ClaimTime.utc(-1))"}"#
        let token = try keys.token(payload)
        // With leeway first: the token only grows older.
        expectSuccess(try keys.checking(token, flags: ["--leeway", "5"]), stdout: payload + "\n")
        let rejected = try keys.checking(token)
        expectRejected(rejected, code: "expired")
    }

    @Test(
        "exp an hour ago stays expired with a small leeway, and passes with a larger one",
        arguments: ClaimPurpose.allCases
    )
    func expiredBeyondLeeway(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{"exp":"\#(ClaimTime.utc(-3600))"}"#
        let token = try keys.token(payload)
        expectRejected(try keys.checking(token), code: "expired")
        expectRejected(try keys.checking(token, flags: ["--leeway", "5"]), code: "expired")
        expectSuccess(try keys.checking(token, flags: ["--leeway", "7200"]), stdout: payload + "\n")
    }

    @Test("the expired line names the expiry time", arguments: ClaimPurpose.allCases)
    func expiredMessage(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let token = try keys.token(#"{"exp":"2001-02-03T04:05:06Z"}"#)
        let result = try keys.checking(token)
        expectRejected(result, code: "expired")
        #expect(result.stderr.contains("2001-02-03T04:05:06Z"), "\(result)")
    }

    @Test("a token without exp is missing-claim, accepted with --allow-no-exp", arguments: ClaimPurpose.allCases)
    func missingExpiration(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{"sub":"alice","iat":"\#(ClaimTime.utc(-60))"}"#
        let token = try keys.token(payload, flags: ["--no-default-exp"])
        let result = try keys.checking(token)
        expectRejected(result, code: "missing-claim")
        #expect(result.stderr.contains("exp"), "\(result)")
        expectSuccess(try keys.checking(token, flags: ["--allow-no-exp"]), stdout: payload + "\n")
    }

    @Test("--allow-no-exp does not accept an exp that has passed", arguments: ClaimPurpose.allCases)
    func allowNoExpStillChecksExp(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let token = try keys.token(#"{"exp":"\#(ClaimTime.utc(-3600))"}"#)
        expectRejected(try keys.checking(token, flags: ["--allow-no-exp"]), code: "expired")
    }

    // MARK: nbf, iat

    @Test(
        "nbf an hour ahead is not-yet-valid, even with --leeway 5; --leeway 7200 accepts it",
        arguments: ClaimPurpose.allCases
    )
    func notYetValid(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{"nbf":"\#(ClaimTime.utc(3600))","exp":"\#(ClaimTime.utc(7200))"}"#
        let token = try keys.token(payload)
        expectRejected(try keys.checking(token), code: "not-yet-valid")
        expectRejected(try keys.checking(token, flags: ["--leeway", "5"]), code: "not-yet-valid")
        expectSuccess(try keys.checking(token, flags: ["--leeway", "7200"]), stdout: payload + "\n")
    }

    @Test(
        "iat an hour ahead is issued-in-future, even with --leeway 5; --leeway 7200 accepts it",
        arguments: ClaimPurpose.allCases
    )
    func issuedInFuture(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{"iat":"\#(ClaimTime.utc(3600))","exp":"\#(ClaimTime.utc(7200))"}"#
        let token = try keys.token(payload)
        expectRejected(try keys.checking(token), code: "issued-in-future")
        expectRejected(try keys.checking(token, flags: ["--leeway", "5"]), code: "issued-in-future")
        expectSuccess(try keys.checking(token, flags: ["--leeway", "7200"]), stdout: payload + "\n")
    }

    @Test("nbf and iat in the past and exp ahead pass", arguments: ClaimPurpose.allCases)
    func pastTimesPass(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload =
            #"{"iat":"\#(ClaimTime.utc(-3600))","nbf":"\#(ClaimTime.utc(-3600))","exp":"\#(ClaimTime.utc(3600))"}"#
        expectSuccess(try keys.checking(try keys.token(payload)), stdout: payload + "\n")
    }

    @Test(
        "tokens issued with the default exp or --expires-in pass the default checks",
        arguments: ClaimPurpose.allCases
    )
    func issuedTokensPass(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        for flags in [[], ["--expires-in", "15m"], ["--expires-in", "1d"]] {
            let result = try keys.checking(try keys.token(#"{"sub":"alice"}"#, flags: flags))
            #expect(result.status == 0 && result.stderr == "", "\(flags): \(result)")
            #expect(result.stdout.hasPrefix(#"{"sub":"alice","#), "\(flags): \(result)")
        }
    }

    @Test(
        "a token from --expires-in 1s is expired a few seconds later, and accepted with --leeway",
        arguments: ClaimPurpose.allCases
    )
    func shortLifetimeExpires(purpose: ClaimPurpose) async throws {
        let keys = try purpose.keys()
        let token = try keys.token("{}", flags: ["--expires-in", "1s"])
        try await Task.sleep(for: .seconds(3))
        expectRejected(try keys.checking(token), code: "expired")
        // An hour of leeway: on a loaded 2-core machine the parallel suite can hold this test for a minute.
        let result = try keys.checking(token, flags: ["--leeway", "3600"])
        #expect(result.status == 0 && result.stderr == "", "\(result)")
    }

    // MARK: fractional seconds and offsets

    @Test("fractional seconds and ±hh:mm offsets from other issuers are accepted", arguments: ClaimPurpose.allCases)
    func fractionalAndOffsetTimes(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let past = Date().addingTimeInterval(-3600)
        let payloads = [
            #"{"exp":"2099-01-01T00:00:00.123456+02:00"}"#,
            #"{"exp":"2099-01-01T00:00:00.5Z","nbf":"2000-01-01T00:00:00.999-05:30","iat":"2000-01-01T00:00:00+14:00"}"#,
            #"{"exp":"\#(ClaimTime.text(Date().addingTimeInterval(3600), offsetMinutes: 330, fraction: "123456789"))","#
                + #""iat":"\#(ClaimTime.text(past, offsetMinutes: -480, fraction: "1"))"}"#,
        ]
        for payload in payloads {
            let token = try keys.token(payload)
            expectSuccess(try keys.checking(token), stdout: payload + "\n")
            expectSuccess(try keys.checking(token, flags: ["--leeway", "5"]), stdout: payload + "\n")
        }
        // A fractional exp that has passed is still expired.
        let expired = try keys.token(#"{"exp":"2000-01-01T00:00:00.999999+01:00"}"#)
        expectRejected(try keys.checking(expired), code: "expired")
    }

    @Test("an offset counts: the instant, not the wall-clock digits, decides", arguments: ClaimPurpose.allCases)
    func offsetsAreApplied(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let now = Date()
        // Two hours ago, written in +03:00: the digits read an hour ahead of UTC now.
        let pastExpiration = ClaimTime.text(now.addingTimeInterval(-7200), offsetMinutes: 180, fraction: "25")
        expectRejected(try keys.checking(try keys.token(#"{"exp":"\#(pastExpiration)"}"#)), code: "expired")
        // Two hours ahead, written in -03:00: the digits read an hour behind UTC now.
        let futureExpiration = ClaimTime.text(now.addingTimeInterval(7200), offsetMinutes: -180, fraction: nil)
        let payload = #"{"exp":"\#(futureExpiration)"}"#
        expectSuccess(try keys.checking(try keys.token(payload)), stdout: payload + "\n")
        // nbf two hours ahead, written in -03:00 (digits an hour behind UTC now): not yet valid.
        let futureNotBefore = ClaimTime.text(now.addingTimeInterval(7200), offsetMinutes: -180, fraction: "5")
        let notYet = try keys.token(#"{"nbf":"\#(futureNotBefore)","exp":"2099-01-01T00:00:00Z"}"#)
        expectRejected(try keys.checking(notYet), code: "not-yet-valid")
    }

    // MARK: issuer, audience, subject

    @Test("--issuer, --audience and --subject must equal the claims", arguments: ClaimPurpose.allCases)
    func registeredMatches(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{"iss":"auth.example","aud":"api","sub":"alice","exp":"2099-01-01T00:00:00Z"}"#
        let token = try keys.token(payload)
        let all = ["--issuer", "auth.example", "--audience", "api", "--subject", "alice"]
        expectSuccess(try keys.checking(token, flags: all), stdout: payload + "\n")
        for (flag, value) in [("--issuer", "auth.example"), ("--audience", "api"), ("--subject", "alice")] {
            expectSuccess(try keys.checking(token, flags: [flag, value]), stdout: payload + "\n")
        }
        let mismatches: [(String, String, String)] = [
            ("--issuer", "other.example", "issuer-mismatch"),
            ("--issuer", "auth.exampl", "issuer-mismatch"),
            ("--issuer", "AUTH.EXAMPLE", "issuer-mismatch"),
            ("--audience", "web", "audience-mismatch"),
            ("--audience", "api ", "audience-mismatch"),
            ("--subject", "bob", "subject-mismatch"),
            ("--subject", "", "subject-mismatch"),
        ]
        for (flag, value, code) in mismatches {
            expectRejected(try keys.checking(token, flags: [flag, value]), code: code)
        }
        // One wrong value among right ones is enough.
        expectRejected(
            try keys.checking(token, flags: ["--issuer", "auth.example", "--audience", "api", "--subject", "bob"]),
            code: "subject-mismatch"
        )
    }

    @Test(
        "--issuer, --audience or --subject on a token without that claim is missing-claim",
        arguments: ClaimPurpose.allCases
    )
    func registeredMissing(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{"name":"alice","exp":"2099-01-01T00:00:00Z"}"#
        let token = try keys.token(payload)
        expectSuccess(try keys.checking(token), stdout: payload + "\n")
        for (flag, claim) in [("--issuer", "iss"), ("--audience", "aud"), ("--subject", "sub")] {
            let result = try keys.checking(token, flags: [flag, "alice"])
            expectRejected(result, code: "missing-claim")
            #expect(result.stderr.contains(claim), "\(result)")
        }
    }

    // MARK: --no-validate

    @Test("--no-validate skips every claim check", arguments: ClaimPurpose.allCases)
    func noValidateSkipsChecks(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let expired = #"{"exp":"2000-01-01T00:00:00Z","iss":"someone"}"#
        let early = #"{"nbf":"\#(ClaimTime.utc(3600))","iat":"\#(ClaimTime.utc(3600))","exp":"2099-01-01T00:00:00Z"}"#
        let expiredToken = try keys.token(expired)
        let earlyToken = try keys.token(early)
        let noExpToken = try keys.token("{}", flags: ["--no-default-exp"])
        // Each is refused by default …
        expectRejected(try keys.checking(expiredToken), code: "expired")
        expectRejected(try keys.checking(earlyToken), code: "not-yet-valid")
        expectRejected(try keys.checking(noExpToken), code: "missing-claim")
        // … and accepted with --no-validate.
        expectSuccess(try keys.checking(expiredToken, flags: ["--no-validate"]), stdout: expired + "\n")
        expectSuccess(try keys.checking(earlyToken, flags: ["--no-validate"]), stdout: early + "\n")
        expectSuccess(try keys.checking(noExpToken, flags: ["--no-validate"]), stdout: "{}\n")
    }

    @Test("--no-validate still authenticates the token", arguments: ClaimPurpose.allCases)
    func noValidateStillAuthenticates(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let token = try keys.token(#"{"exp":"2000-01-01T00:00:00Z"}"#)
        let other = try purpose.keys()
        expectRejected(
            try other.checking(token, flags: ["--no-validate"]),
            code: "authentication-failed"
        )
        var characters = Array(token)
        let index = characters.count - 5
        characters[index] = characters[index] == "A" ? "B" : "A"
        expectRejected(
            try keys.checking(String(characters), flags: ["--no-validate"]),
            code: "authentication-failed"
        )
        expectRejected(
            try keys.checking(token, flags: ["--no-validate", "--implicit", "x"]),
            code: "authentication-failed"
        )
        expectRejected(
            try keys.checking(token, flags: ["--no-validate", "--footer", "x"]),
            code: "footer-mismatch"
        )
    }

    @Test(
        "--no-validate with a claim-check flag is a usage error (exit 2)",
        arguments: [
            ["--issuer", "auth.example"], ["--audience", "api"], ["--subject", "alice"], ["--leeway", "5"],
            ["--allow-no-exp"],
        ]
    )
    func noValidateConflicts(flags: [String]) throws {
        for purpose in ClaimPurpose.allCases {
            let keys = try purpose.keys()
            let token = try keys.token(#"{"iss":"auth.example","aud":"api","sub":"alice"}"#)
            expectInputError(try keys.checking(token, flags: ["--no-validate"] + flags), code: "usage")
            expectInputError(try keys.checking(token, flags: flags + ["--no-validate"]), code: "usage")
        }
    }

    @Test(
        "--leeway takes whole non-negative seconds; anything else is a usage error",
        arguments: ["-5", "abc", "1.5", "5s", ""]
    )
    func leewayValues(value: String) throws {
        let keys = try ClaimPurpose.local.keys()
        let token = try keys.token(#"{"sub":"alice"}"#)
        expectInputError(try keys.checking(token, flags: ["--leeway", value]), code: "usage")
    }
}
