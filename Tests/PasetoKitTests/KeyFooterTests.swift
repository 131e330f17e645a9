import Foundation
import Testing

@testable import PasetoKit

/// A footer naming a key is made from the key and carries the id a verifier computes; rings take keys.
@Suite("footers and rings built from keys")
struct KeyFooterTests {
    let policy = IssuingPolicy(clock: FixedClock(referenceNow))

    @Test("PasetoFooter(keyIDOf:) writes the lid of a local key and the pid for secret and public keys")
    func keyIDOf() throws {
        let local = PasetoV4.Local.Key.generate()
        let secret = PasetoV3.Public.SecretKey.generate()
        #expect(PasetoFooter(keyIDOf: local).keyID == local.paserkID)
        #expect(PasetoFooter(keyIDOf: local).keyID?.hasPrefix("k4.lid.") == true)
        #expect(PasetoFooter(keyIDOf: secret).keyID == secret.publicKey.paserkID)
        #expect(PasetoFooter(keyIDOf: secret).keyID?.hasPrefix("k3.pid.") == true)
        #expect(PasetoFooter(keyIDOf: secret.publicKey) == PasetoFooter(keyIDOf: secret))
        #expect(PasetoFooter(keyIDOf: AnyPasetoKey(secret)) == PasetoFooter(keyIDOf: secret))
        #expect(AnyPasetoKey(local).tokenKeyID == local.paserkID)
    }

    @Test("a k*.sid as a footer kid is refused when issuing; lid and pid are accepted")
    func secretIDRefused() throws {
        let secret = PasetoV4.Public.SecretKey.generate()
        #expect(secret.paserkID.hasPrefix("k4.sid."))
        #expect(errorCode { _ = try PasetoFooter(keyID: secret.paserkID) } == .invalidFooter)
        #expect(
            errorCode { _ = try PasetoFooter(bytes: Array(#"{"kid":"\#(secret.paserkID)"}"#.utf8)) } == .invalidFooter
        )
        #expect(try PasetoFooter(keyID: secret.publicKey.paserkID).keyID == secret.publicKey.paserkID)
        #expect(try PasetoFooter(keyID: PasetoV4.Local.Key.generate().paserkID).keyID != nil)
    }

    @Test("a signed token's footer kid is found by a verifier ring holding only the public key")
    func signedFooterFound() throws {
        let secret = PasetoV4.Public.SecretKey.generate()
        let token = try secret.sign(PasetoClaims(subject: "u"), footer: PasetoFooter(keyIDOf: secret), policy: policy)
        let verifiers = PasetoKeyRing<PasetoV4.Public.PublicKey>()
        try verifiers.add(secret.publicKey)
        #expect(try verifiers.verify(token, as: NoCustomClaims.self, rules: timeRules()).claims.subject == "u")
    }

    @Test("rings activate, retire, remove and report keys given as keys")
    func ringTakesKeys() throws {
        let first = PasetoV4.Public.SecretKey.generate()
        let second = PasetoV4.Public.SecretKey.generate()
        let ring = PasetoKeyRing<PasetoV4.Public.SecretKey>()
        try ring.add(first, status: .active)
        try ring.add(second)
        try ring.activate(second)
        #expect(ring.status(of: second) == .active)
        #expect(ring.status(of: first) == .accepted)
        try ring.retire(first)
        #expect(ring.status(of: first) == .retired)
        ring.remove(first)
        #expect(ring.status(of: first) == nil)
        #expect(errorCode { try ring.activate(first) } == .unknownKey)
    }

    @Test("unknown-key and retired-key name the token's kid")
    func messagesNameTheKid() throws {
        let issuer = PasetoV4.Local.Key.generate()
        let token = try issuer.encrypt(PasetoClaims(), footer: PasetoFooter(keyIDOf: issuer), policy: policy)
        let ring = PasetoKeyRing<PasetoV4.Local.Key>()
        try ring.add(.generate(), status: .active)
        let unknown = try #require(
            pasetoError { _ = try ring.decrypt(token, as: NoCustomClaims.self, rules: timeRules()) }
        )
        #expect(unknown.code == .unknownKey)
        #expect(unknown.message.contains(issuer.paserkID))
        try ring.add(issuer)
        try ring.retire(issuer)
        let retired = try #require(
            pasetoError { _ = try ring.decrypt(token, as: NoCustomClaims.self, rules: timeRules()) }
        )
        #expect(retired.code == .retiredKey)
        #expect(retired.message.contains(issuer.paserkID))
    }
}
