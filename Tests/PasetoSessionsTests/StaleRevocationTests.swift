import Foundation
import PasetoKit
import PasetoSessions
import SessionStoreConformance
import Testing

/// What `authenticate` does when its revocation state is older than the bound and the store cannot be read.
@Suite("stale revocation state")
struct StaleRevocationTests {
    static func manager(
        _ store: FailingSessionStore,
        clock: TestClock,
        policy: StaleRevocationPolicy,
        key: PasetoV4.Local.Key = .generate()
    ) throws -> SessionManager {
        var configuration = SessionFixture.configuration(clock: clock)
        configuration.whenRevocationsStale = policy
        return try SessionManager(key: .local(key), store: store, configuration: configuration)
    }

    @Test("refuse (the default): past the bound with the store down, store-failure; a known revocation stays revoked")
    func refuse() async throws {
        let store = FailingSessionStore()
        store.failing = false
        let clock = TestClock()
        let manager = try Self.manager(store, clock: clock, policy: .refuse)
        let kept = try await manager.login(subject: "alice", context: SessionFixture.browser)
        let ended = try await manager.login(subject: "bob", context: SessionFixture.browser)
        _ = try await manager.authenticate(kept.accessToken, fingerprint: kept.fingerprint.text)
        try await manager.logout(sessionID: ended.session.id)
        store.failing = true
        // Inside the bound: answered from the cache.
        _ = try await manager.authenticate(kept.accessToken, fingerprint: kept.fingerprint.text)
        clock.advance(2)
        #expect(
            await sessionErrorCode {
                try await manager.authenticate(kept.accessToken, fingerprint: kept.fingerprint.text)
            }
                == .storeFailure
        )
        #expect(
            await sessionErrorCode {
                try await manager.authenticate(ended.accessToken, fingerprint: ended.fingerprint.text)
            }
                == .revoked
        )
        store.failing = false
        _ = try await manager.authenticate(kept.accessToken, fingerprint: kept.fingerprint.text)
    }

    @Test("acceptLastKnown: past the bound with the store down, answered from the cache; never synced, refused")
    func acceptLastKnown() async throws {
        let store = FailingSessionStore()
        store.failing = false
        let clock = TestClock()
        let key = PasetoV4.Local.Key.generate()
        let manager = try Self.manager(store, clock: clock, policy: .acceptLastKnown, key: key)
        let issued = try await manager.login(subject: "alice", context: SessionFixture.browser)
        _ = try await manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
        store.failing = true
        clock.advance(2)
        #expect(
            try await manager.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text).subject == "alice"
        )
        let fresh = try Self.manager(store, clock: clock, policy: .acceptLastKnown, key: key)
        #expect(
            await sessionErrorCode {
                try await fresh.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
            }
                == .storeFailure
        )
    }

    @Test("100 concurrent requests that need a sync share one store read")
    func oneReadInFlight() async throws {
        let store = FailingSessionStore()
        store.failing = false
        let clock = TestClock()
        let manager = try Self.manager(store, clock: clock, policy: .refuse)
        let issued = try await manager.login(subject: "alice", context: SessionFixture.browser)
        let (token, fingerprint) = (issued.accessToken, issued.fingerprint.text)
        let before = store.eventReadCount
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<100 {
                group.addTask { _ = try await manager.authenticate(token, fingerprint: fingerprint) }
            }
            try await group.waitForAll()
        }
        #expect(store.eventReadCount - before == 1)
    }
}
