import Testing

@testable import PasetoKit

/// `v2.local` and `v2.public`: round trips, tampering, no implicit assertions, and keys bound to v2.
@Suite("v2 tokens")
struct V2TokenTests {
    @Test("Random payloads and footers round-trip through v2.local and v2.public")
    func roundTrip() throws {
        var generator = SeededGenerator()
        for _ in 0..<(30 * testScale) {
            let message = generator.bytes(Int.random(in: 0...600, using: &generator))
            let footer = generator.bytes(
                Int.random(in: 0...2, using: &generator) == 0 ? 0 : Int.random(in: 1...80, using: &generator)
            )
            let local = PasetoV2.Local.Key.generate()
            let encrypted = PasetoV2.Local.encrypt(message, using: local, footer: footer)
            #expect(encrypted.hasPrefix("v2.local."))
            let opened = try PasetoV2.Local.decrypt(encrypted, using: local, expectedFooter: footer)
            #expect(opened.payload == message)
            #expect(opened.footer == footer)
            #expect(opened.header == TokenHeader(version: .v2, purpose: .local))

            let secret = PasetoV2.Public.SecretKey.generate()
            let signed = PasetoV2.Public.sign(message, using: secret, footer: footer)
            #expect(signed.hasPrefix("v2.public."))
            let verified = try PasetoV2.Public.verify(signed, using: secret.publicKey, expectedFooter: footer)
            #expect(verified.payload == message)
            #expect(try UntrustedToken(signed).untrustedPayload == message)
        }
    }

    @Test("The v2.local nonce depends on the message and on fresh randomness")
    func nonce() {
        let key = PasetoV2.Local.Key.generate()
        let nonceKey = [UInt8](repeating: 9, count: 24)
        let first = PasetoV2.Local.encrypt("a".bytes, using: key, footer: [], nonceKey: nonceKey)
        #expect(first == PasetoV2.Local.encrypt("a".bytes, using: key, footer: [], nonceKey: nonceKey))
        let other = PasetoV2.Local.encrypt("b".bytes, using: key, footer: [], nonceKey: nonceKey)
        #expect(first.dropFirst(9).prefix(32) != other.dropFirst(9).prefix(32), "the nonce hashes the message")
        #expect(PasetoV2.Local.encrypt("a".bytes, using: key) != PasetoV2.Local.encrypt("a".bytes, using: key))
    }

    @Test("Flipping any single bit of a v2.local nonce, ciphertext, tag or footer is authentication-failed")
    func localTampering() {
        let key = PasetoV2.Local.Key.generate()
        let token = PasetoV2.Local.encrypt(#"{"sub":"alice"}"#.bytes, using: key, footer: "kid-1".bytes)
        let variants = singleBitFlips(of: token)
        #expect(variants.count == (24 + 15 + 16 + 5) * 8)
        for variant in variants {
            expectPasetoError(.authenticationFailed, "\(variant.description)") {
                try PasetoV2.Local.decrypt(variant.token, using: key)
            }
        }
    }

    @Test("Flipping any single bit of a v2.public message, signature or footer is authentication-failed")
    func publicTampering() {
        let key = PasetoV2.Public.SecretKey.generate()
        let token = PasetoV2.Public.sign(#"{"sub":"bob"}"#.bytes, using: key, footer: "kid".bytes)
        let variants = singleBitFlips(of: token)
        #expect(variants.count == (13 + 64 + 3) * 8)
        for variant in variants {
            expectPasetoError(.authenticationFailed, "\(variant.description)") {
                try PasetoV2.Public.verify(variant.token, using: key.publicKey)
            }
        }
    }

    @Test("Another key or footer fails; short payloads are malformed")
    func mismatches() {
        let key = PasetoV2.Local.Key.generate()
        let token = PasetoV2.Local.encrypt("m".bytes, using: key, footer: "f".bytes)
        expectPasetoError(.authenticationFailed) { try PasetoV2.Local.decrypt(token, using: .generate()) }
        expectPasetoError(.footerMismatch) { try PasetoV2.Local.decrypt(token, using: key, expectedFooter: "g".bytes) }
        let short = "v2.local." + Base64URL.encode([UInt8](repeating: 7, count: 39))
        expectPasetoError(.malformedToken) { try PasetoV2.Local.decrypt(short, using: key) }
        let minimal = "v2.local." + Base64URL.encode([UInt8](repeating: 7, count: 40))
        expectPasetoError(.authenticationFailed) { try PasetoV2.Local.decrypt(minimal, using: key) }
        let secret = PasetoV2.Public.SecretKey.generate()
        let signed = PasetoV2.Public.sign("m".bytes, using: secret)
        expectPasetoError(.authenticationFailed) {
            try PasetoV2.Public.verify(signed, using: PasetoV2.Public.SecretKey.generate().publicKey)
        }
        let shortSigned = "v2.public." + Base64URL.encode([UInt8](repeating: 7, count: 63))
        expectPasetoError(.malformedToken) { try PasetoV2.Public.verify(shortSigned, using: secret.publicKey) }
    }

    @Test("v2 has no implicit assertions: the key protocols refuse one with unsupported-version, accept none")
    func noImplicitAssertions() throws {
        let local = PasetoV2.Local.Key.generate()
        let secret = PasetoV2.Public.SecretKey.generate()
        let token = try local.encrypt("m".bytes, footer: [], implicitAssertion: [])
        #expect(try local.decrypt(token, expectedFooter: nil, implicitAssertion: []).payload == "m".bytes)
        let signed = try secret.sign("m".bytes, footer: [], implicitAssertion: [])
        #expect(try secret.publicKey.verify(signed, expectedFooter: nil, implicitAssertion: []).payload == "m".bytes)
        for attempt: () throws -> Void in [
            { _ = try local.encrypt("m".bytes, footer: [], implicitAssertion: "i".bytes) },
            { _ = try local.decrypt(token, expectedFooter: nil, implicitAssertion: "i".bytes) },
            { _ = try secret.sign("m".bytes, footer: [], implicitAssertion: "i".bytes) },
            { _ = try secret.publicKey.verify(signed, expectedFooter: nil, implicitAssertion: "i".bytes) },
            { _ = try AnyPasetoKey(local).encrypt("m".bytes, implicitAssertion: "i".bytes) },
        ] {
            let error = #expect(throws: PasetoError.self) { try attempt() }
            #expect(error?.code == .unsupportedVersion)
            #expect(error?.message == "v2 tokens have no implicit assertions")
        }
    }

    @Test("A v2 key never opens a v4 token, and a v4 key never opens a v2 token (key-mismatch)")
    func versionsStayApart() {
        let v2 = PasetoV2.Local.Key.generate()
        let v4 = PasetoV4.Local.Key(validatedForTests: v2.secret)
        let v2Token = PasetoV2.Local.encrypt("m".bytes, using: v2)
        let v4Token = PasetoV4.Local.encrypt("m".bytes, using: v4)
        expectPasetoError(.keyMismatch) { try PasetoV2.Local.decrypt(v4Token, using: v2) }
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.decrypt(v2Token, using: v4) }
        expectPasetoError(.keyMismatch) { try PasetoV2.Local.Key(paserk: v4.exportPASERK()) }
        let v2Secret = PasetoV2.Public.SecretKey.generate()
        let signed = PasetoV2.Public.sign("m".bytes, using: v2Secret)
        expectPasetoError(.keyMismatch) {
            try PasetoV4.Public.verify(signed, using: PasetoV4.Public.PublicKey(rawBytes: v2Secret.publicKey.rawBytes))
        }
        expectPasetoError(.keyMismatch) { try PasetoV2.Public.verify(v2Token, using: v2Secret.publicKey) }
        expectPasetoError(.keyMismatch) { try AnyPasetoKey(v2).decrypt(v4Token) }
    }

    @Test("v2 keys: PASERK round trips, generation through AnyPasetoKey, k2 ids")
    func keys() throws {
        let local = try AnyPasetoKey.generate(version: .v2, purpose: .local)
        let secret = try AnyPasetoKey.generate(version: .v2, purpose: .public)
        #expect(local.exportPASERK().hasPrefix("k2.local.") && local.paserkID.hasPrefix("k2.lid."))
        #expect(secret.exportPASERK().hasPrefix("k2.secret.") && secret.paserkID.hasPrefix("k2.sid."))
        let publicKey = try secret.publicKey()
        #expect(publicKey.exportPASERK().hasPrefix("k2.public.") && publicKey.paserkID.hasPrefix("k2.pid."))
        #expect(try AnyPasetoKey(paserk: secret.exportPASERK()).paserkID == secret.paserkID)
        #expect(try local.decrypt(try local.encrypt("m".bytes)).payload == "m".bytes)
        #expect(try publicKey.verify(try secret.sign("m".bytes)).payload == "m".bytes)
        #expect(String(describing: local).hasPrefix("v2.local local key k2.lid."))
    }
}

extension PasetoV4.Local.Key {
    /// The v4 key with the same bytes as a v2 key, to show that bytes alone never cross versions.
    init(validatedForTests secret: SecretBytes) {
        // A 32-byte secret always validates.
        self = (try? PasetoV4.Local.Key(validating: secret)) ?? .generate()
    }
}
