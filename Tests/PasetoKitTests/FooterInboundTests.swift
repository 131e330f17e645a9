import Foundation
import Testing

@testable import PasetoKit

/// Footers are checked on the way in (every `decrypt`/`verify`, raw or claims) as well as on the way out.
@Suite("footers checked on the way in and out")
struct FooterInboundTests {
    let key = PasetoV4.Local.Key.generate()
    let secret = PasetoV4.Public.SecretKey.generate()

    static let escapedKeyMaterial = [
        #"{"x":"k4\u002elocal\u002eAAAA"}"#,
        #"{"x":"\u006b4.secret.AAAA"}"#,
        #"{"k2\u002elocal-pw\u002eAAAA":1}"#,
        #"{"a":[{"b":"k3.secret-wrap\u002epie.AAAA"}]}"#,
        #"{"wpk":"k4.local-wrap.pie.AAAA"}"#,
        #"{"wpk":"k4\u002eseal\u002eAAAA"}"#,
        #"{"x":"k10.local.AAAA"}"#,
        #"{"x":"k4.public\u002eAAAA"}"#,
    ]

    func rawDecrypt(_ token: String) -> PasetoError.Code? {
        errorCode { _ = try key.decrypt(token, expectedFooter: nil, implicitAssertion: []) }
    }

    @Test("a JSON-object footer with a duplicate member name is refused by the raw and the claims API")
    func duplicateMember() {
        for footer in [#"{"kid":"a","kid":"b"}"#, #"{"x":{"y":1,"y":2}}"#] {
            let token = rawLocalToken(#"{"exp":"2027-01-01T00:00:00Z"}"#, key: key, footer: footer)
            #expect(rawDecrypt(token) == .invalidFooter, "\(footer)")
            #expect(errorCode { _ = try AnyPasetoKey(key).decrypt(token) } == .invalidFooter)
            let signed = PasetoV4.Public.sign(Array("{}".utf8), using: secret, footer: Array(footer.utf8))
            #expect(
                errorCode { _ = try secret.publicKey.verify(signed, expectedFooter: nil, implicitAssertion: []) }
                    == .invalidFooter
            )
        }
    }

    @Test("key material in any unescaped string of a JSON footer refuses the token", arguments: escapedKeyMaterial)
    func escapedKeyMaterialOnTheWayIn(footer: String) {
        let token = rawLocalToken(#"{"exp":"2027-01-01T00:00:00Z"}"#, key: key, footer: footer)
        #expect(rawDecrypt(token) == .invalidFooter)
        let limits = PasetoLimits(footer: JSONLimits(maximumDepth: 8))
        #expect(
            errorCode { _ = try key.decrypt(token, as: NoCustomClaims.self, rules: timeRules(), limits: limits) }
                == .invalidFooter
        )
    }

    @Test("issuing refuses the same footers, escaped or not", arguments: escapedKeyMaterial)
    func escapedKeyMaterialOnTheWayOut(footer: String) {
        #expect(errorCode { _ = try PasetoFooter(bytes: Array(footer.utf8)) } == .invalidFooter)
    }

    @Test("issuing refuses a JSON footer with a duplicate member name")
    func duplicateOnIssue() {
        #expect(errorCode { _ = try PasetoFooter(bytes: Array(#"{"kid":"a","kid":"b"}"#.utf8)) } == .invalidFooter)
    }

    @Test("footers that are not JSON objects are left as they are (beyond the raw key-material scan on issue)")
    func nonObjectFooters() throws {
        for footer in ["plain text", #"["k4\u002elocal\u002eAAAA"]"#, #"{"a":1,}"#, #""k4\u002elocal\u002e""#] {
            let token = rawLocalToken("{}", key: key, footer: footer)
            #expect(rawDecrypt(token) == nil, "\(footer)")
            #expect(try PasetoFooter(bytes: Array(footer.utf8)).bytes == Array(footer.utf8))
        }
        #expect(errorCode { _ = try PasetoFooter(bytes: Array("label k4.local.AAAA".utf8)) } == .invalidFooter)
    }

    @Test("a JSON footer deeper than the parser's ceiling is limit-exceeded, not a crash")
    func deepFooter() {
        let deep = #"{"a":"# + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}"
        #expect(rawDecrypt(rawLocalToken("{}", key: key, footer: deep)) == .limitExceeded)
    }
}
