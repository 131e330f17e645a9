import Foundation
import PasetoSessions
import SessionStoreConformance
import Testing

/// The unusual-use policy at refresh and authentication.
@Suite("Unusual use")
struct UnusualUseTests {
    @Test(
        "the default policy: a new user agent at refresh revokes the session (reauthentication-required); a new address alone is allowed",
        arguments: StoreKind.allCases
    )
    func userAgentChange(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let issued = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        let moved = ClientContext(userAgent: SessionFixture.browser.userAgent, address: "192.0.2.200")
        let next = try await fixture.manager.refresh(issued.refreshToken.text, context: moved)
        #expect(next.session.lastContext == moved)
        let stolen = await sessionErrorCode {
            try await fixture.manager.refresh(next.refreshToken.text, context: SessionFixture.otherBrowser)
        }
        #expect(stolen == .reauthenticationRequired)
        #expect(
            await sessionErrorCode {
                try await fixture.manager.authenticate(next.accessToken, fingerprint: next.fingerprint.text)
            } == .revoked
        )
    }

    @Test("allow-all lets any client refresh")
    func allowAll() async throws {
        let fixture = try SessionFixture(.memory, policy: AllowAllPolicy())
        let issued = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        _ = try await fixture.manager.refresh(issued.refreshToken.text, context: SessionFixture.otherBrowser)
    }

    @Test("a deny decision refuses the request and keeps the session; at authenticate the policy sees the context")
    func denyAndAuthenticate() async throws {
        let fixture = try SessionFixture(.memory, policy: DenyCurl())
        let issued = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        #expect(
            await sessionErrorCode {
                try await fixture.manager.refresh(issued.refreshToken.text, context: SessionFixture.otherBrowser)
            } == .denied
        )
        #expect(
            await sessionErrorCode {
                try await fixture.manager.authenticate(
                    issued.accessToken,
                    fingerprint: issued.fingerprint.text,
                    context: SessionFixture.otherBrowser
                )
            } == .denied
        )
        let next = try await fixture.manager.refresh(issued.refreshToken.text, context: SessionFixture.browser)
        #expect(
            try await fixture.manager.authenticate(
                next.accessToken,
                fingerprint: next.fingerprint.text,
                context: SessionFixture.browser
            ).subject == "alice"
        )
    }

    struct DenyCurl: UnusualUsePolicy {
        func decide(session: SessionRecord, login: ClientContext, current: ClientContext) -> UnusualUseDecision {
            current.userAgent.hasPrefix("curl/") ? .deny : .allow
        }
    }
}
