import Foundation
import Testing

@testable import PasetoKit

@Suite("Key rings and rotation")
struct KeyRingTests {
    let policy = IssuingPolicy(clock: FixedClock(referenceNow))

    func issue(_ ring: PasetoKeyRing<PasetoV4.Local.Key>) throws -> String {
        try ring.encrypt(PasetoClaims(issuer: "auth"), policy: policy)
    }

    func check(_ ring: PasetoKeyRing<PasetoV4.Local.Key>, _ token: String) -> PasetoError.Code? {
        errorCode { _ = try ring.decrypt(token, as: NoCustomClaims.self, rules: timeRules()) }
    }

    @Test("A full rotation: add, switch the active key, retire, remove")
    func lifecycle() throws {
        let ring = PasetoKeyRing<PasetoV4.Local.Key>()
        let first = PasetoV4.Local.Key.generate()
        let second = PasetoV4.Local.Key.generate()
        #expect(errorCode { _ = try issue(ring) } == .unknownKey)  // no active key yet
        try ring.add(first, status: .active)
        let oldToken = try issue(ring)
        #expect(try UntrustedToken(oldToken).untrustedFooter == Array(#"{"kid":"\#(first.paserkID)"}"#.utf8))
        #expect(check(ring, oldToken) == nil)

        try ring.add(second)  // accepted first, so every verifier knows it before it issues
        #expect(ring.activeKeyID == first.paserkID)
        try ring.activate(keyID: second.paserkID)
        #expect(ring.status(ofKeyID: first.paserkID) == .accepted)
        let newToken = try issue(ring)
        #expect(try UntrustedToken(newToken).untrustedFooter == Array(#"{"kid":"\#(second.paserkID)"}"#.utf8))
        #expect(check(ring, oldToken) == nil)
        #expect(check(ring, newToken) == nil)

        try ring.retire(keyID: first.paserkID)
        #expect(check(ring, oldToken) == .retiredKey)
        #expect(check(ring, newToken) == nil)
        #expect(errorCode { try ring.activate(keyID: first.paserkID) } == .retiredKey)

        ring.remove(keyID: first.paserkID)
        #expect(check(ring, oldToken) == .unknownKey)
        #expect(ring.keyIDs == [second.paserkID])
        #expect(errorCode { try ring.add(second) } == .invalidKey)
    }

    @Test("An unknown kid is refused without trying the other keys")
    func unknownKeyID() throws {
        let member = PasetoV4.Local.Key.generate()
        let ring = PasetoKeyRing<PasetoV4.Local.Key>()
        try ring.add(member, status: .active)
        // Encrypted with the ring's own key, but naming another key: trying every key would accept it.
        let stranger = PasetoV4.Local.Key.generate()
        let token = try member.encrypt(PasetoClaims(), footer: PasetoFooter(keyID: stranger.paserkID), policy: policy)
        #expect(check(ring, token) == .unknownKey)
    }

    @Test("A token without kid is refused unless the ring allows it, then tried against usable keys")
    func missingKeyID() throws {
        let retired = PasetoV4.Local.Key.generate()
        let active = PasetoV4.Local.Key.generate()
        let strict = PasetoKeyRing<PasetoV4.Local.Key>()
        let lenient = PasetoKeyRing<PasetoV4.Local.Key>(allowsTokensWithoutKeyID: true)
        for ring in [strict, lenient] {
            try ring.add(retired, status: .retired)
            try ring.add(active, status: .active)
        }
        let bare = try active.encrypt(PasetoClaims(), policy: policy)
        #expect(check(strict, bare) == .unknownKey)
        #expect(check(lenient, bare) == nil)
        let byRetired = try retired.encrypt(PasetoClaims(), policy: policy)
        #expect(check(lenient, byRetired) == .authenticationFailed)
    }

    @Test("A ring refuses tokens of another version or purpose before any cryptography")
    func wrongHeader() throws {
        let ring = PasetoKeyRing<PasetoV4.Local.Key>()
        try ring.add(.generate(), status: .active)
        let signed = try PasetoV4.Public.SecretKey.generate().sign(PasetoClaims(), policy: policy)
        #expect(check(ring, signed) == .keyMismatch)
    }

    @Test("Signing rings write the public key's id; verifier rings holding only public keys find it")
    func publicRings() throws {
        let signingKey = PasetoV4.Public.SecretKey.generate()
        let signers = PasetoKeyRing<PasetoV4.Public.SecretKey>()
        try signers.add(signingKey, status: .active)
        #expect(signers.activeKeyID == signingKey.publicKey.paserkID)
        let token = try signers.sign(PasetoClaims(subject: "u"), policy: policy)
        let verifiers = PasetoKeyRing<PasetoV4.Public.PublicKey>()
        try verifiers.add(signingKey.publicKey)
        #expect(try verifiers.verify(token, as: NoCustomClaims.self, rules: timeRules()).claims.subject == "u")
        #expect(try signers.verify(token, as: NoCustomClaims.self, rules: timeRules()).claims.subject == "u")
        try verifiers.retire(keyID: signingKey.publicKey.paserkID)
        #expect(
            errorCode { _ = try verifiers.verify(token, as: NoCustomClaims.self, rules: timeRules()) } == .retiredKey
        )
    }

    @Test("Rotating keys while tokens are checked on other threads")
    func concurrentRotation() async throws {
        let ring = PasetoKeyRing<PasetoV4.Local.Key>()
        let keys = (0..<20).map { _ in PasetoV4.Local.Key.generate() }
        try ring.add(keys[0], status: .active)
        let firstToken = try issue(ring)
        let outcomes = try await withThrowingTaskGroup(of: [PasetoError.Code?].self) { group in
            group.addTask {
                for key in keys.dropFirst() {
                    try ring.add(key, status: .active)
                    _ = try issue(ring)
                }
                try ring.retire(keyID: keys[0].paserkID)
                return []
            }
            for _ in 0..<4 {
                group.addTask {
                    (0..<(200 * testScale)).map { _ in check(ring, firstToken) }
                }
            }
            var all: [PasetoError.Code?] = []
            for try await batch in group { all += batch }
            return all
        }
        #expect(outcomes.count == 800 * testScale)
        #expect(outcomes.allSatisfy { $0 == nil || $0 == .retiredKey })
        #expect(check(ring, firstToken) == .retiredKey)
        #expect(ring.activeKeyID == keys.last?.paserkID)
        #expect(ring.keyIDs.count == 20)
    }
}
