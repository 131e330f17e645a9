import Foundation
import PasetoKit
import PasetoSessions
import PasetoSessionsSQLite
import SessionStoreConformance
import Testing

/// Logout, logout everywhere, revocation by jti, purging, and the revocation cache across instances.
@Suite("Revocation")
struct RevocationTests {
    @Test(
        "logout ends one session: its access and refresh tokens are refused, others go on",
        arguments: StoreKind.allCases
    )
    func logout(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let manager = fixture.manager
        let phone = try await manager.login(subject: "alice", context: SessionFixture.browser)
        let laptop = try await manager.login(subject: "alice", context: SessionFixture.browser)
        #expect(try await manager.logout(sessionID: phone.session.id))
        #expect(
            await sessionErrorCode {
                try await manager.authenticate(phone.accessToken, fingerprint: phone.fingerprint.text)
            } == .revoked
        )
        #expect(
            await sessionErrorCode {
                try await manager.refresh(phone.refreshToken.text, context: SessionFixture.browser)
            } == .revoked
        )
        #expect(
            try await manager.authenticate(laptop.accessToken, fingerprint: laptop.fingerprint.text).subject == "alice"
        )
        #expect(try await manager.sessions(of: "alice").map(\.id) == [laptop.session.id])
    }

    @Test(
        "logout everywhere revokes every session of the subject and every access token issued before",
        arguments: StoreKind.allCases
    )
    func logoutEverywhere(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let manager = fixture.manager
        let one = try await manager.login(subject: "alice", context: SessionFixture.browser)
        let two = try await manager.login(subject: "alice", context: SessionFixture.browser)
        let bob = try await manager.login(subject: "bob", context: SessionFixture.browser)
        #expect(try await manager.logoutEverywhere(subject: "alice") == 2)
        for issued in [one, two] {
            #expect(
                await sessionErrorCode {
                    try await manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
                } == .revoked
            )
            #expect(
                await sessionErrorCode {
                    try await manager.refresh(issued.refreshToken.text, context: SessionFixture.browser)
                } == .revoked
            )
        }
        #expect(try await manager.authenticate(bob.accessToken, fingerprint: bob.fingerprint.text).subject == "bob")
        // A new login after it works, with the new token version.
        let again = try await manager.login(subject: "alice", context: SessionFixture.browser)
        #expect(
            try await manager.authenticate(again.accessToken, fingerprint: again.fingerprint.text).subject == "alice"
        )
    }

    @Test(
        "revoking an access token by its jti refuses it until its exp, then the event is purged",
        arguments: StoreKind.allCases
    )
    func revokeByTokenID(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let manager = fixture.manager
        let issued = try await manager.login(subject: "alice", context: SessionFixture.browser)
        try await manager.revoke(accessToken: issued.accessToken, fingerprint: issued.fingerprint.text)
        #expect(
            await sessionErrorCode {
                try await manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
            } == .revoked
        )
        // The session itself goes on: a refresh gives a working access token.
        let next = try await manager.refresh(issued.refreshToken.text, context: SessionFixture.browser)
        #expect(try await manager.authenticate(next.accessToken, fingerprint: next.fingerprint.text).subject == "alice")
        #expect(try await fixture.store.revocationEvents(after: 0, at: fixture.clock.now()).count == 1)
        fixture.clock.advance(601)
        #expect(try await fixture.store.revocationEvents(after: 0, at: fixture.clock.now()).isEmpty)
        #expect(try await manager.purgeExpired() == 1)
    }

    @Test("revoking a refresh token ends its session")
    func revokeRefreshToken() async throws {
        let fixture = try SessionFixture(.memory)
        let issued = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        #expect(try await fixture.manager.revoke(refreshToken: issued.refreshToken.text))
        #expect(
            await sessionErrorCode {
                try await fixture.manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
            } == .revoked
        )
    }

    @Test("two instances on one SQLite file: a revocation through one is seen by the other within the staleness bound")
    func acrossInstances() async throws {
        let path = try TemporaryFolder.make().appendingPathComponent("shared.sqlite").path
        let clock = TestClock()
        let key = PasetoV4.Local.Key.generate()
        let configuration = SessionFixture.configuration(clock: clock)
        let first = try SessionManager(
            key: .local(key),
            store: try SQLiteSessionStore(path: path),
            configuration: configuration
        )
        let second = try SessionManager(
            key: .local(key),
            store: try SQLiteSessionStore(path: path),
            configuration: configuration
        )
        let issued = try await first.login(subject: "alice", context: SessionFixture.browser)
        #expect(
            try await second.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text).subject == "alice"
        )
        try await first.logout(sessionID: issued.session.id)
        // Inside the bound (1 s) the second instance may still accept it; at the bound it must not.
        clock.advance(1)
        #expect(
            await sessionErrorCode {
                try await second.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
            } == .revoked
        )
    }

    @Test("a failing store fails closed: store-failure, nothing issued or accepted")
    func failingStore() async throws {
        let store = FailingSessionStore()
        let manager = try SessionManager(
            key: .local(PasetoV4.Local.Key.generate()),
            store: store,
            configuration: SessionFixture.configuration(clock: TestClock())
        )
        #expect(
            await sessionErrorCode { try await manager.login(subject: "alice", context: SessionFixture.browser) }
                == .storeFailure
        )
        store.failing = false
        let issued = try await manager.login(subject: "alice", context: SessionFixture.browser)
        store.failing = true
        #expect(
            await sessionErrorCode {
                try await manager.refresh(issued.refreshToken.text, context: SessionFixture.browser)
            } == .storeFailure
        )
        // The cache must sync first (new manager): the failure refuses the token.
        let fresh = try SessionManager(
            key: .local(PasetoV4.Local.Key.generate()),
            store: store,
            configuration: SessionFixture.configuration(clock: TestClock())
        )
        #expect(
            await sessionErrorCode {
                try await fresh.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
            } != nil
        )
    }

    @Test("a corrupt SQLite file is refused when opened")
    func corruptFile() throws {
        let path = try TemporaryFolder.make().appendingPathComponent("corrupt.sqlite").path
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try SQLiteSessionStore(path: path) }
    }
}
