import Foundation
import PasetoKit
import PasetoSessions
import SessionStoreConformance
import Testing

/// Logins, authentication and client binding, on every store.
@Suite("SessionManager: login, authenticate, fingerprint")
struct SessionManagerTests {
    @Test(
        "a login issues a bound v4.local access token with every claim, and it authenticates",
        arguments: StoreKind.allCases
    )
    func loginAndAuthenticate(_ kind: StoreKind) async throws {
        let key = PasetoV4.Local.Key.generate()
        let fixture = try SessionFixture(kind, key: .local(key))
        let issued = try await fixture.manager.login(subject: "user-42", context: SessionFixture.browser)
        #expect(issued.accessToken.hasPrefix("v4.local."))
        #expect(issued.accessTokenExpiry == fixture.clock.now().addingTimeInterval(600))
        let session = try await fixture.manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
        #expect(session.subject == "user-42")
        #expect(session.sessionID == issued.session.id)

        // The claims, read with the key and the fingerprint's binding: iss aud sub iat nbf exp jti sid ver.
        let untrusted = try UntrustedToken(issued.accessToken)
        #expect(untrusted.untrustedFooter == Array(#"{"kid":"\#(key.paserkID)"}"#.utf8))
        let refusal = await sessionErrorCode {
            try await fixture.manager.authenticate(issued.accessToken, fingerprint: nil)
        }
        #expect(refusal == .fingerprintMismatch)
        #expect(issued.refreshToken.text.utf8.count == 43)
        #expect(!"\(issued)".contains(issued.refreshToken.text))
        #expect("\(issued.refreshToken)" == "RefreshToken(redacted)")
    }

    @Test(
        "the access token is refused without the fingerprint, with another login's, or a malformed one",
        arguments: StoreKind.allCases
    )
    func fingerprintBinding(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let first = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        let second = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        for fingerprint in [nil, second.fingerprint.text, "", "not-a-fingerprint", String(repeating: "A", count: 43)] {
            let code = await sessionErrorCode {
                try await fixture.manager.authenticate(first.accessToken, fingerprint: fingerprint)
            }
            #expect(code == .fingerprintMismatch, "\(String(describing: fingerprint))")
        }
        #expect(
            try await fixture.manager.authenticate(second.accessToken, fingerprint: second.fingerprint.text).sessionID
                == second.session.id
        )
    }

    @Test("a v4.public access token verifies with the public key and the fingerprint", arguments: StoreKind.allCases)
    func publicAccessTokens(_ kind: StoreKind) async throws {
        let secret = PasetoV4.Public.SecretKey.generate()
        let fixture = try SessionFixture(kind, key: .public(secret))
        let issued = try await fixture.manager.login(subject: "bob", context: SessionFixture.browser)
        #expect(issued.accessToken.hasPrefix("v4.public."))
        #expect(
            try await fixture.manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text).subject
                == "bob"
        )
        // Without the fingerprint's hash as implicit assertion the signature does not verify.
        #expect(throws: PasetoError.self) { try PasetoV4.Public.verify(issued.accessToken, using: secret.publicKey) }
    }

    @Test("an expired access token is expired; one from another issuer's key is refused", arguments: StoreKind.allCases)
    func expiryAndForeignTokens(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let issued = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        fixture.clock.advance(600 + 5)
        #expect(
            try await fixture.manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text).subject
                == "alice"
        )
        fixture.clock.advance(1)
        let expired = await sessionErrorCode {
            try await fixture.manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
        }
        #expect(expired == .expired)
        let garbage = await sessionErrorCode {
            try await fixture.manager.authenticate("v4.local.AAAA", fingerprint: issued.fingerprint.text)
        }
        #expect(garbage == .invalidAccessToken)
    }

    @Test("configuration out of range is refused")
    func configuration() {
        let clock = TestClock()
        for grace in [Duration.seconds(61), .seconds(-1)] {
            #expect(throws: SessionError.self) {
                try SessionManager(
                    key: .local(PasetoV4.Local.Key.generate()),
                    store: InMemorySessionStore(),
                    configuration: SessionFixture.configuration(clock: clock, grace: grace)
                )
            }
        }
    }
}

@Suite("Session cookies")
struct SessionCookieTests {
    @Test("the fingerprint and refresh-token cookies are HttpOnly, Secure, SameSite=Strict, and end with the session")
    func cookies() async throws {
        let fixture = try SessionFixture(.memory)
        let issued = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        #expect(
            issued.fingerprintCookie()
                == "__Host-fp=\(issued.fingerprint.text); Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=2592000"
        )
        #expect(
            issued.refreshTokenCookie(name: "__Secure-rt", path: "/auth/refresh")
                == "__Secure-rt=\(issued.refreshToken.text); Path=/auth/refresh; HttpOnly; Secure; SameSite=Strict; Max-Age=2592000"
        )
        #expect(
            SessionCookie.clearing(name: "__Host-fp")
                == "__Host-fp=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0"
        )
    }
}
