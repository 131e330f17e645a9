import Testing

@testable import PasetoKit

@Suite("Token structure is checked before any cryptography")
struct TokenParsingTests {
    let key = PasetoV4.Local.Key.generate()

    var validToken: String { PasetoV4.Local.encrypt("hello".bytes, using: key, footer: "f".bytes) }

    @Test("An empty footer segment is malformed")
    func emptyFooterSegment() {
        let token = PasetoV4.Local.encrypt("hello".bytes, using: key) + "."
        #expect(throws: PasetoError.make(.malformedToken, "")) { try PasetoV4.Local.decrypt(token, using: key) }
    }

    @Test("Five or more segments are malformed")
    func tooManySegments() {
        #expect(throws: PasetoError.make(.malformedToken, "")) {
            try PasetoV4.Local.decrypt(validToken + ".Zg", using: key)
        }
        #expect(throws: PasetoError.make(.malformedToken, "")) {
            try PasetoV4.Local.decrypt(validToken + "..", using: key)
        }
    }

    @Test("An empty payload segment is malformed")
    func emptyPayload() {
        #expect(throws: PasetoError.make(.malformedToken, "")) { try PasetoV4.Local.decrypt("v4.local.", using: key) }
        #expect(throws: PasetoError.make(.malformedToken, "")) {
            try PasetoV4.Local.decrypt("v4.local..Zg", using: key)
        }
    }

    @Test("Padding, foreign characters and whitespace are malformed")
    func nonCanonicalEncoding() {
        let token = validToken
        #expect(throws: PasetoError.make(.malformedToken, "")) { try PasetoV4.Local.decrypt(token + "=", using: key) }
        #expect(throws: PasetoError.make(.malformedToken, "")) { try PasetoV4.Local.decrypt(token + " ", using: key) }
        for foreign: Character in ["+", "/", "=", " ", "\n", "\u{00}", "\u{e9}"] {
            var characters = Array(token)
            characters[12] = foreign  // inside the payload segment
            #expect(throws: PasetoError.make(.malformedToken, "")) {
                try PasetoV4.Local.decrypt(String(characters), using: key)
            }
        }
    }

    @Test(
        "Unknown headers are invalid-header",
        arguments: [
            "", "v4", "v4.local", "V4.local.AAAA", "v5.local.AAAA", "v4.Local.AAAA", "v4.secret.AAAA", "v4c.local.AAAA",
            " v4.local.AAAA", "k4.local.AAAA",
        ]
    )
    func unknownHeader(_ token: String) {
        #expect(throws: PasetoError.make(.invalidHeader, "")) { try PasetoV4.Local.decrypt(token, using: key) }
        #expect(throws: PasetoError.make(.invalidHeader, "")) { try UntrustedToken(token) }
    }

    @Test(
        "A known header of another version or purpose is key-mismatch",
        arguments: ["v1.local.", "v2.local.", "v3.local.", "v4.public.", "v3.public."]
    )
    func otherHeader(_ header: String) {
        let token = header + Base64URL.encode([UInt8](repeating: 0, count: 100))
        #expect(throws: PasetoError.make(.keyMismatch, "")) { try PasetoV4.Local.decrypt(token, using: key) }
    }

    @Test("A local token given to the public verifier is key-mismatch")
    func localToPublic() {
        #expect(throws: PasetoError.make(.keyMismatch, "")) {
            try PasetoV4.Public.verify(validToken, using: PasetoV4.Public.SecretKey.generate().publicKey)
        }
    }

    @Test("The untrusted view reads header and footer without a key")
    func untrustedView() throws {
        let untrusted = try UntrustedToken(validToken)
        #expect(untrusted.header.name == "v4.local")
        #expect(untrusted.untrustedFooter == "f".bytes)
        #expect(untrusted.untrustedPayload == nil)
        #expect(!untrusted.description.contains("f\""))
    }

    @Test("Huge tokens and a million segments are refused quickly and without a crash")
    func hostileSizes() {
        let manySegments = "v4.local.AAAA" + String(repeating: ".", count: 1_000_000)
        #expect(throws: PasetoError.make(.malformedToken, "")) { try PasetoV4.Local.decrypt(manySegments, using: key) }
        let huge = "v4.local." + String(repeating: "A", count: 4_000_000)
        #expect(throws: PasetoError.make(.authenticationFailed, "")) { try PasetoV4.Local.decrypt(huge, using: key) }
    }
}
