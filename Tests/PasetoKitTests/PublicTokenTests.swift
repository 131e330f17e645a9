import Testing

@testable import PasetoKit

@Suite("v4.public round trips and tampering")
struct PublicTokenTests {
    @Test("Random payloads, footers and implicit assertions round-trip")
    func roundTrip() throws {
        var generator = SeededGenerator()
        for _ in 0..<(50 * testScale) {
            let key = PasetoV4.Public.SecretKey.generate()
            let message = generator.bytes(Int.random(in: 0...600, using: &generator))
            let footer = generator.bytes(
                Int.random(in: 0...1, using: &generator) == 0 ? 0 : Int.random(in: 1...80, using: &generator)
            )
            let assertion = generator.bytes(Int.random(in: 0...40, using: &generator))
            let token = PasetoV4.Public.sign(message, using: key, footer: footer, implicitAssertion: assertion)
            let verified = try PasetoV4.Public.verify(
                token,
                using: key.publicKey,
                expectedFooter: footer,
                implicitAssertion: assertion
            )
            #expect(verified.payload == message)
            #expect(verified.footer == footer)
            #expect(try UntrustedToken(token).untrustedPayload == message)
        }
    }

    @Test("Signing is deterministic (Ed25519)")
    func deterministic() {
        let key = PasetoV4.Public.SecretKey.generate()
        #expect(PasetoV4.Public.sign("x".bytes, using: key) == PasetoV4.Public.sign("x".bytes, using: key))
    }

    @Test("Flipping any single bit of the message, signature or footer is rejected")
    func singleBitTampering() {
        let key = PasetoV4.Public.SecretKey.generate()
        let token = PasetoV4.Public.sign(
            #"{"sub":"bob"}"#.bytes,
            using: key,
            footer: "kid".bytes,
            implicitAssertion: "ctx".bytes
        )
        let variants = singleBitFlips(of: token)
        #expect(variants.count == (13 + 64 + 3) * 8)
        for variant in variants {
            let error = #expect(throws: PasetoError.self, "\(variant.description)") {
                try PasetoV4.Public.verify(variant.token, using: key.publicKey, implicitAssertion: "ctx".bytes)
            }
            #expect(error?.code == .authenticationFailed, "\(variant.description)")
        }
    }

    @Test("Another key, footer or implicit assertion fails")
    func contextMismatch() {
        let key = PasetoV4.Public.SecretKey.generate()
        let token = PasetoV4.Public.sign("m".bytes, using: key, footer: "f".bytes, implicitAssertion: "i".bytes)
        #expect(throws: PasetoError.make(.authenticationFailed, "")) {
            try PasetoV4.Public.verify(
                token,
                using: PasetoV4.Public.SecretKey.generate().publicKey,
                implicitAssertion: "i".bytes
            )
        }
        #expect(throws: PasetoError.make(.authenticationFailed, "")) {
            try PasetoV4.Public.verify(token, using: key.publicKey)
        }
        #expect(throws: PasetoError.make(.footerMismatch, "")) {
            try PasetoV4.Public.verify(
                token,
                using: key.publicKey,
                expectedFooter: "F".bytes,
                implicitAssertion: "i".bytes
            )
        }
    }

    @Test("A payload shorter than a signature is malformed")
    func shortPayload() {
        let key = PasetoV4.Public.SecretKey.generate()
        let short = "v4.public." + Base64URL.encode([UInt8](repeating: 1, count: 63))
        #expect(throws: PasetoError.make(.malformedToken, "")) {
            try PasetoV4.Public.verify(short, using: key.publicKey)
        }
    }
}
