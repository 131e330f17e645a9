import Foundation
import PasetoSessions
import PasetoSessionsPostgres
import SessionStoreConformance
import Synchronization
import Testing

/// Two instances of one service: two stores on two pools, one schema, two managers.
@Suite("PostgreSQL: two instances")
struct TwoInstanceTests {
    @Test("a logout through one instance is refused by the other within 1 second (LISTEN/NOTIFY)")
    func logoutPropagates() async throws {
        let schema = TestServer.freshSchema()
        try await withRunningStores([try .init(schema: schema), try .init(schema: schema)]) { stores in
            let instances = try TwoInstances(stores)
            let issued = try await instances.first.login(subject: "alice", context: TwoInstances.browser)
            let token = issued.accessToken
            let fingerprint = issued.fingerprint.text
            #expect(try await instances.second.authenticate(token, fingerprint: fingerprint).subject == "alice")
            // Let the second instance's cache be freshly synced, so only a pushed event can refuse the token soon.
            try await Task.sleep(for: .milliseconds(300))
            try await instances.first.logout(sessionID: issued.session.id)
            let took = await timeUntil(.seconds(1)) {
                await sessionErrorCode { try await instances.second.authenticate(token, fingerprint: fingerprint) }
                    == .revoked
            }
            let elapsed = try #require(took, "the other instance still accepted the token after 1 s")
            #expect(elapsed < .seconds(1))
        }
    }

    @Test("with a heartbeat and a staleness bound of a minute, only the notification can bring a logout: it does, fast")
    func notificationAlone() async throws {
        let schema = TestServer.freshSchema()
        var configuration = try PostgresSessionStore.Configuration(schema: schema)
        configuration.heartbeat = .seconds(60)
        try await withRunningStores([configuration, configuration]) { stores in
            let instances = try TwoInstances(stores, staleness: .seconds(60))
            let issued = try await instances.first.login(subject: "erin", context: TwoInstances.browser)
            #expect(try await instances.second.authenticate(issued).subject == "erin")
            _ = await timeUntil(.seconds(5)) { stores.allSatisfy(\.isListening) }
            try await instances.first.logout(sessionID: issued.session.id)
            let took = await timeUntil(.seconds(1)) {
                await sessionErrorCode { try await instances.second.authenticate(issued) } == .revoked
            }
            let elapsed = try #require(took, "no notification reached the other instance")
            #expect(elapsed < .milliseconds(500))
        }
    }

    @Test("a logout everywhere through one instance refuses every access token of the subject on the other")
    func logoutEverywherePropagates() async throws {
        let schema = TestServer.freshSchema()
        try await withRunningStores([try .init(schema: schema), try .init(schema: schema)]) { stores in
            let instances = try TwoInstances(stores)
            let phone = try await instances.first.login(subject: "bob", context: TwoInstances.browser)
            let laptop = try await instances.second.login(subject: "bob", context: TwoInstances.browser)
            #expect(try await instances.first.logoutEverywhere(subject: "bob") == 2)
            for issued in [phone, laptop] {
                let took = await timeUntil(.seconds(1)) {
                    await sessionErrorCode {
                        try await instances.second.authenticate(
                            issued.accessToken,
                            fingerprint: issued.fingerprint.text
                        )
                    } == .revoked
                }
                #expect(took != nil)
            }
            #expect(
                await sessionErrorCode {
                    try await instances.second.refresh(laptop.refreshToken.text, context: TwoInstances.browser)
                } == .revoked
            )
        }
    }

    @Test("a refresh token used up on one instance is detected as reused on the other, and the session revoked")
    func reuseAcrossInstances() async throws {
        let schema = TestServer.freshSchema()
        try await withRunningStores([try .init(schema: schema), try .init(schema: schema)]) { stores in
            let instances = try TwoInstances(stores)
            let issued = try await instances.first.login(subject: "carol", context: TwoInstances.browser)
            let next = try await instances.first.refresh(issued.refreshToken.text, context: TwoInstances.browser)
            #expect(
                await sessionErrorCode {
                    try await instances.second.refresh(issued.refreshToken.text, context: TwoInstances.browser)
                } == .refreshTokenReused
            )
            // The whole session is gone, on both instances: the newest refresh token and its access token too.
            #expect(
                await sessionErrorCode {
                    try await instances.first.refresh(next.refreshToken.text, context: TwoInstances.browser)
                } == .revoked
            )
            let took = await timeUntil(.seconds(1)) {
                await sessionErrorCode {
                    try await instances.first.authenticate(next.accessToken, fingerprint: next.fingerprint.text)
                } == .revoked
            }
            #expect(took != nil)
        }
    }

    @Test("50 concurrent refreshes of one token, split across both instances: exactly one wins")
    func concurrentRefreshAcrossInstances() async throws {
        let schema = TestServer.freshSchema()
        try await withRunningStores([try .init(schema: schema), try .init(schema: schema)]) { stores in
            let instances = try TwoInstances(stores)
            let issued = try await instances.first.login(subject: "dave", context: TwoInstances.browser)
            let refreshToken = issued.refreshToken.text
            let outcomes = await withTaskGroup(of: SessionError.Code?.self) { group in
                for index in 0..<50 {
                    let manager = index.isMultiple(of: 2) ? instances.first : instances.second
                    group.addTask {
                        await sessionErrorCode {
                            try await manager.refresh(refreshToken, context: TwoInstances.browser)
                        }
                    }
                }
                return await group.reduce(into: [SessionError.Code?]()) { $0.append($1) }
            }
            #expect(outcomes.count == 50)
            #expect(outcomes.filter { $0 == nil }.count == 1, "exactly one refresh succeeds: \(outcomes)")
            let refused = outcomes.compactMap { $0 }
            #expect(refused.allSatisfy { $0 == .refreshTokenReused || $0 == .revoked }, "\(refused)")
            #expect(refused.contains(.refreshTokenReused))
            #expect(try await stores[0].session(issued.session.id)?.revokedAt != nil, "the reuse revoked the session")
        }
    }
}

extension PostgresSessionStore.Configuration {
    /// A configuration on the test server's database, in `schema`.
    init(schema: String) throws {
        self = try TestServer.configuration(schema: schema)
    }
}
