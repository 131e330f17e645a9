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
}
