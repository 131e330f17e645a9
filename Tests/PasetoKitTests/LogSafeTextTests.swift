import Foundation
import Testing

@testable import PasetoKit

/// No control character reaches an error message (CWE-117, issue 11): text quoted from a token, a header or a
/// key file is escaped where the message is made.
@Suite("Error messages are safe to log")
struct LogSafeTextTests {
    @Test("C0, DEL, C1, line separators and bidi controls are escaped; other text is kept")
    func escaping() {
        #expect(LogSafeText.escaped("HS256\nerror: ok: forged") == #"HS256\nerror: ok: forged"#)
        #expect(LogSafeText.escaped("a\rb\tc") == #"a\rb\tc"#)
        #expect(LogSafeText.escaped("\u{1B}[31mred") == #"\u{1b}[31mred"#)
        #expect(LogSafeText.escaped("\u{0}\u{7F}\u{85}\u{9F}") == #"\u{0}\u{7f}\u{85}\u{9f}"#)
        #expect(LogSafeText.escaped("a\u{2028}b\u{2029}c") == #"a\u{2028}b\u{2029}c"#)
        #expect(LogSafeText.escaped("\u{202E}txt.exe") == #"\u{202e}txt.exe"#)
        let plain = #"kid "k4.lid.abc" é 日本 \ back\slash"#
        #expect(LogSafeText.escaped(plain) == plain)
    }

    @Test("Every scalar below U+00A0 that is not printable ASCII is escaped; the result is always safe")
    func everyControlScalar() throws {
        for value in UInt32(0)...0xA0 {
            let scalar = try #require(Unicode.Scalar(value))
            let escaped = LogSafeText.escaped("x\(Character(scalar))y")
            let isPrintable = (0x20...0x7E).contains(value) || value == 0xA0
            #expect((escaped == "x\(Character(scalar))y") == isPrintable, "U+\(String(value, radix: 16))")
            #expect(LogSafeText.isSafe(escaped))
            #expect(!escaped.unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
    }

    @Test("PasetoError escapes its message and claim where it is made")
    func pasetoErrorMessages() {
        let error = PasetoError.make(.unknownKey, "no key with kid \"a\nerror: ok: b\"", claim: "x\ny")
        #expect(error.message == #"no key with kid "a\nerror: ok: b""#)
        #expect(error.claim == #"x\ny"#)
        #expect(!error.description.contains("\n"))
    }

    @Test("A member name with a newline and an escape sequence cannot forge a line of a payload error")
    func memberNameInMessage() throws {
        let key = PasetoV4.Local.Key.generate()
        let payload = #"{"x\nerror: ok: accepted\u001b[2J":1,"x\nerror: ok: accepted\u001b[2J":2}"#
        let token = PasetoV4.Local.encrypt(Array(payload.utf8), using: key)
        let error = #expect(throws: PasetoError.self) {
            try key.decrypt(token, as: NoCustomClaims.self, rules: ClaimRules(issuer: nil, audience: nil))
        }
        #expect(error?.code == .invalidPayload)
        let description = try #require(error?.description)
        #expect(description.contains(#"x\nerror: ok: accepted\u{1b}[2J"#), "\(description)")
        #expect(LogSafeText.isSafe(description), "\(description)")
    }

    @Test("payloadAddingTimes refuses an exp past 9999-12-31 instead of issuing a token without it")
    func expirationBeyondTheClock() throws {
        let claims = try ClaimSet(payload: Array(#"{"sub":"a"}"#.utf8))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let error = #expect(throws: PasetoError.self) {
            try claims.payloadAddingTimes(now: now, lifetime: .seconds(400_000_000_000), stampsIssuedAndNotBefore: true)
        }
        #expect(error?.code == .invalidClaim)
        #expect(error?.claim == "exp")
        let added = try #require(
            try claims.payloadAddingTimes(now: now, lifetime: .seconds(60), stampsIssuedAndNotBefore: false)
        )
        #expect(String(decoding: added, as: UTF8.self) == #"{"sub":"a","exp":"2027-01-15T08:01:00Z"}"#)
    }
}
