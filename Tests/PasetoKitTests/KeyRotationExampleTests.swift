import Foundation
import Testing

@testable import PasetoKit

/// The public-key rotation of `Docs/Key-rotation.md`, verbatim apart from the `#expect`s, so the documented
/// API keeps compiling.
@Suite("Key-rotation example")
struct KeyRotationExampleTests {
    @Test("rotating a signing key with verifiers that hold only public keys, as Docs/Key-rotation.md shows")
    func publicKeyRotation() throws {
        // Issuer: signs with the active secret key; the footer kid is that key's public pid.
        let signer = PasetoKeyRing<PasetoV4.Public.SecretKey>()
        let secretA = PasetoV4.Public.SecretKey.generate()
        try signer.add(secretA, status: .active)

        // Verifiers: public keys only, published by the issuer (e.g. as k4.public PASERKs).
        let verifier = PasetoKeyRing<PasetoV4.Public.PublicKey>()
        try verifier.add(try PasetoV4.Public.PublicKey(paserk: secretA.publicKey.exportPASERK()))

        let rules = ClaimRules(issuer: "auth.example", audience: "api")
        let old = try signer.sign(PasetoClaims(issuer: "auth.example", audience: "api"))
        _ = try verifier.verify(old, as: NoCustomClaims.self, rules: rules)
        #expect(try UntrustedToken(old).untrustedParsedFooter().keyID == secretA.publicKey.paserkID)

        // 1. A new key pair; its public key goes to every verifier first.
        let secretB = PasetoV4.Public.SecretKey.generate()
        try verifier.add(secretB.publicKey)
        try signer.add(secretB)

        // 2. Once every verifier has it, the issuer switches; tokens signed by A still verify.
        try signer.activate(secretB)
        let new = try signer.sign(PasetoClaims(issuer: "auth.example", audience: "api"))
        _ = try verifier.verify(new, as: NoCustomClaims.self, rules: rules)
        _ = try verifier.verify(old, as: NoCustomClaims.self, rules: rules)
        #expect(try UntrustedToken(new).untrustedParsedFooter().keyID == secretB.publicKey.paserkID)

        // 3. One maximum token lifetime later, the verifiers retire A (at once if A leaked)...
        try verifier.retire(secretA.publicKey)  // old tokens: retired-key
        // 4. ...and the issuer forgets the secret key.
        signer.remove(secretA)

        #expect(errorCode { _ = try verifier.verify(old, as: NoCustomClaims.self, rules: rules) } == .retiredKey)
        #expect(signer.status(of: secretA) == nil)
        #expect(PasetoFooter(keyIDOf: secretB).keyID == secretB.publicKey.paserkID)
    }
}
