import Testing

@testable import PasetoKit

@Suite("v4.local round trips and tampering")
struct LocalTokenTests {
    @Test("Random payloads, footers and implicit assertions round-trip")
    func roundTrip() throws {
        var generator = SeededGenerator()
        for _ in 0..<(50 * testScale) {
            let key = PasetoV4.Local.Key.generate()
            let message = generator.bytes(Int.random(in: 0...600, using: &generator))
            let footer = generator.bytes(
                Int.random(in: 0...3, using: &generator) == 0 ? 0 : Int.random(in: 1...80, using: &generator)
            )
            let assertion = generator.bytes(Int.random(in: 0...40, using: &generator))
            let token = PasetoV4.Local.encrypt(message, using: key, footer: footer, implicitAssertion: assertion)
            #expect(token.hasPrefix("v4.local."))
            #expect(token.split(separator: ".").count == (footer.isEmpty ? 3 : 4))
            let verified = try PasetoV4.Local.decrypt(
                token,
                using: key,
                expectedFooter: footer,
                implicitAssertion: assertion
            )
            #expect(verified.payload == message)
            #expect(verified.footer == footer)
            #expect(verified.header == TokenHeader(version: .v4, purpose: .local))
        }
    }

    @Test("Two encryptions of one message differ (fresh nonce each time)")
    func freshNonce() {
        let key = PasetoV4.Local.Key.generate()
        let first = PasetoV4.Local.encrypt("same".bytes, using: key)
        let second = PasetoV4.Local.encrypt("same".bytes, using: key)
        #expect(first != second)
    }

    @Test("Flipping any single bit of the nonce, ciphertext, tag or footer is rejected")
    func singleBitTampering() throws {
        let key = PasetoV4.Local.Key.generate()
        let token = PasetoV4.Local.encrypt(
            #"{"sub":"alice"}"#.bytes,
            using: key,
            footer: "kid-1".bytes,
            implicitAssertion: "ctx".bytes
        )
        let variants = singleBitFlips(of: token)
        #expect(variants.count == (32 + 15 + 32 + 5) * 8)
        for variant in variants {
            let error = #expect(throws: PasetoError.self, "\(variant.description)") {
                try PasetoV4.Local.decrypt(variant.token, using: key, implicitAssertion: "ctx".bytes)
            }
            #expect(error?.code == .authenticationFailed, "\(variant.description)")
        }
    }

    @Test("A different implicit assertion, footer or key fails authentication")
    func contextMismatch() throws {
        let key = PasetoV4.Local.Key.generate()
        let token = PasetoV4.Local.encrypt("m".bytes, using: key, footer: "f".bytes, implicitAssertion: "i".bytes)
        #expect(throws: PasetoError.make(.authenticationFailed, "")) {
            try PasetoV4.Local.decrypt(token, using: key, implicitAssertion: "j".bytes)
        }
        #expect(throws: PasetoError.make(.authenticationFailed, "")) {
            try PasetoV4.Local.decrypt(token, using: key)
        }
        #expect(throws: PasetoError.make(.authenticationFailed, "")) {
            try PasetoV4.Local.decrypt(token, using: .generate(), implicitAssertion: "i".bytes)
        }
        #expect(throws: PasetoError.make(.footerMismatch, "")) {
            try PasetoV4.Local.decrypt(token, using: key, expectedFooter: "g".bytes, implicitAssertion: "i".bytes)
        }
        #expect(throws: PasetoError.make(.footerMismatch, "")) {
            try PasetoV4.Local.decrypt(token, using: key, expectedFooter: [], implicitAssertion: "i".bytes)
        }
        let swappedFooter = token.dropLast(2) + "Zw"  // footer "g"
        #expect(throws: PasetoError.make(.authenticationFailed, "")) {
            try PasetoV4.Local.decrypt(String(swappedFooter), using: key, implicitAssertion: "i".bytes)
        }
    }

    @Test("Truncated payloads are malformed before any cryptography")
    func shortPayload() {
        let key = PasetoV4.Local.Key.generate()
        let short = "v4.local." + Base64URL.encode([UInt8](repeating: 7, count: 63))
        #expect(throws: PasetoError.make(.malformedToken, "")) { try PasetoV4.Local.decrypt(short, using: key) }
        let minimal = "v4.local." + Base64URL.encode([UInt8](repeating: 7, count: 64))
        #expect(throws: PasetoError.make(.authenticationFailed, "")) { try PasetoV4.Local.decrypt(minimal, using: key) }
    }

    @Test("An empty message encrypts and decrypts")
    func emptyMessage() throws {
        let key = PasetoV4.Local.Key.generate()
        let token = PasetoV4.Local.encrypt([], using: key)
        #expect(try PasetoV4.Local.decrypt(token, using: key).payload == [])
    }
}
