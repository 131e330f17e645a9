import Foundation
import Testing

@testable import PasetoKit

/// The README's claims example, verbatim apart from the `#expect`s, so the documented API keeps compiling.
@Suite("README example")
struct ReadmeExampleTests {
    struct Session: Codable, Sendable { var role: String }

    @Test("issuing and checking typed claims as the README shows")
    func claimsExample() throws {
        let key = PasetoV4.Local.Key.generate()
        let claims = PasetoClaims(Session(role: "admin"), issuer: "auth.example", subject: "user-42", audience: "api")
        let token = try key.encrypt(claims, footer: PasetoFooter(keyID: key.paserkID))

        let rules = ClaimRules(issuer: "auth.example", audience: "api")
        let verified = try key.decrypt(token, as: Session.self, rules: rules)
        #expect(verified.content.role == "admin")
        #expect(verified.claims.subject == "user-42")
        #expect(verified.footer.keyID == key.paserkID)
        let issuedAt = try #require(verified.claims.issuedAt)
        let expiration = try #require(verified.claims.expiration)
        #expect(expiration.timeIntervalSince(issuedAt) == 3600)
        #expect(
            errorCode {
                _ = try key.decrypt(token, as: Session.self, rules: ClaimRules(issuer: "other", audience: "api"))
            } == .issuerMismatch
        )
    }

    @Test("the bytes API as the README shows, with what its comments say")
    func bytesExample() throws {
        // Symmetric: the payload is encrypted.
        let key = PasetoV4.Local.Key.generate()
        let token = PasetoV4.Local.encrypt(Array(#"{"sub":"alice"}"#.utf8), using: key)
        let claims = try PasetoV4.Local.decrypt(token, using: key).payload

        // Public key: the payload is signed and readable.
        let signingKey = PasetoV4.Public.SecretKey.generate()
        let signed = PasetoV4.Public.sign(
            Array(#"{"sub":"bob"}"#.utf8),
            using: signingKey,
            footer: Array(signingKey.publicKey.paserkID.utf8)
        )
        let verified = try PasetoV4.Public.verify(signed, using: signingKey.publicKey)

        // Keys at rest are PASERK strings; the local/secret ones are the secret itself.
        let stored = key.exportPASERK()
        let loaded = try AnyPasetoKey(paserk: stored)
        let again = try loaded.decrypt(token)
        #expect(again.payload == claims)
        #expect(String(decoding: verified.payload, as: UTF8.self) == #"{"sub":"bob"}"#)
        #expect(stored.hasPrefix("k4.local."))
        #expect(errorCode { _ = try loaded.decrypt(signed) } == .keyMismatch)
    }

    @Test("the footer snippet of Docs/Keys-and-PASERK.md: typed and raw, the kid is the key's lid")
    func footerSnippet() throws {
        let key = PasetoV4.Local.Key.generate()
        let claims = PasetoClaims(Session(role: "admin"), issuer: "auth.example", subject: "user-42", audience: "api")
        let payload = Array(#"{"sub":"alice"}"#.utf8)
        // Typed claims: the footer is made from the key (a local key's lid; a secret key's public pid).
        let token = try key.encrypt(claims, footer: PasetoFooter(keyIDOf: key))
        // Raw bytes: the same footer, as bytes.
        let raw = PasetoV4.Local.encrypt(payload, using: key, footer: PasetoFooter(keyIDOf: key).bytes)
        #expect(try UntrustedToken(token).untrustedFooter == Array(#"{"kid":"\#(key.paserkID)"}"#.utf8))
        #expect(try PasetoV4.Local.decrypt(raw, using: key).payload == payload)
        #expect(key.paserkID.hasPrefix("k4.lid."))
    }
}
