import Foundation
import PasetoSessions
import PasetoSessionsPostgres
import SessionStoreConformance
import Testing

/// The server killed while two instances run, then started again: they fail closed with a typed error,
/// in bounded time, and recover by themselves, applying what they missed.
@Suite("PostgreSQL: the server killed and restarted")
struct ServerFaultTests {
    @Test("kill -9: every call fails closed in time; restart: both instances recover and apply missed events")
    func killAndRestart() async throws {
        let server = try PrivateServer.start()
        defer { server.stop() }
        let schema = TestServer.freshSchema()
        let configuration = try TestServer.configuration(url: server.url, schema: schema, operationTimeout: .seconds(4))
        try await withRunningStores([configuration, configuration]) { stores in
            let instances = try TwoInstances(stores)
            let alice = try await instances.first.login(subject: "alice", context: TwoInstances.browser)
            let bob = try await instances.first.login(subject: "bob", context: TwoInstances.browser)
            let carol = try await instances.first.login(subject: "carol", context: TwoInstances.browser)
            try await instances.first.logout(sessionID: carol.session.id)
            let carolRefused = await timeUntil(.seconds(1)) {
                await sessionErrorCode { try await instances.second.authenticate(carol) } == .revoked
            }
            #expect(carolRefused != nil)
            #expect(try await instances.second.authenticate(alice).subject == "alice")

            try server.kill()
            let clock = ContinuousClock()
            let calls: [(String, @Sendable () async throws -> Void)] = [
                (
                    "refresh",
                    { @Sendable in
                        _ = try await instances.first.refresh(alice.refreshToken.text, context: TwoInstances.browser)
                    }
                ),
                ("logout", { @Sendable in _ = try await instances.first.logout(sessionID: bob.session.id) }),
                (
                    "login",
                    { @Sendable in _ = try await instances.second.login(subject: "dave", context: TwoInstances.browser)
                    }
                ),
            ]
            for (what, call) in calls {
                let start = clock.now
                let code = await sessionErrorCode { try await call() }
                #expect(code == .storeFailure, "\(what) with the server down: \(String(describing: code))")
                #expect(clock.now - start < .seconds(8), "\(what) answered in \(clock.now - start)")
            }
            // A revoked token stays refused; once the revocation state is older than its bound, every token is.
            #expect(await sessionErrorCode { try await instances.second.authenticate(carol) } == .revoked)
            try await Task.sleep(for: .milliseconds(1_100))
            let start = clock.now
            #expect(await sessionErrorCode { try await instances.second.authenticate(alice) } == .storeFailure)
            #expect(clock.now - start < .seconds(8))
            #expect(await sessionErrorCode { try await instances.second.authenticate(carol) } != nil)

            try server.restart()
            // Bob's logout goes through the first instance as soon as its pool reconnects, likely before the
            // second instance listens again: the second must still learn it (catch-up on reconnect).
            let loggedOut = await timeUntil(.seconds(15)) {
                (try? await instances.first.logout(sessionID: bob.session.id)) == true
            }
            #expect(loggedOut != nil, "the first instance did not recover")
            let recovered = await timeUntil(.seconds(10)) {
                let aliceAccepted = (try? await instances.second.authenticate(alice)) != nil
                let bobRefused = await sessionErrorCode { try await instances.second.authenticate(bob) } == .revoked
                return aliceAccepted && bobRefused
            }
            #expect(recovered != nil, "the second instance did not recover, or missed the logout")
            let listening = await timeUntil(.seconds(10)) { stores.allSatisfy(\.isListening) }
            #expect(listening != nil, "the listeners did not listen again")
            // And pushed events flow again.
            try await instances.second.logout(sessionID: alice.session.id)
            let pushed = await timeUntil(.seconds(1)) {
                await sessionErrorCode { try await instances.first.authenticate(alice) } == .revoked
            }
            #expect(pushed != nil)
        }
    }
}

extension SessionManager {
    /// Authenticates what a login or refresh issued, with its own fingerprint.
    func authenticate(_ issued: IssuedTokens) async throws -> AuthenticatedSession {
        try await authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
    }
}
