import Foundation
import Logging
import PasetoKit
import PasetoSessions
import PasetoSessionsPostgres
import PostgresTestSupport
import Testing

/// The shared test server, and configurations on it.
enum TestServer {
    static func url() throws -> String { try TestPostgres.url() }

    /// A schema no other test uses: a fresh, empty store on the shared server.
    static func freshSchema() -> String { TestPostgres.freshName() }

    static func configuration(
        url: String? = nil,
        schema: String,
        operationTimeout: Duration = .seconds(5),
        maximumConnections: Int = 20
    ) throws -> PostgresSessionStore.Configuration {
        var configuration = try PostgresSessionStore.Configuration(
            url: try url ?? self.url(),
            schema: schema,
            maximumConnections: maximumConnections
        )
        configuration.operationTimeout = operationTimeout
        return configuration
    }

    static var logger: Logger { TestPostgres.logger }
}

/// Runs `body` with stores that run (their pools and listeners) for its duration, then stops them.
func withRunningStores<T: Sendable>(
    _ configurations: [PostgresSessionStore.Configuration],
    _ body: @Sendable ([PostgresSessionStore]) async throws -> T
) async throws -> T {
    let stores = try configurations.map { try PostgresSessionStore(configuration: $0, logger: TestServer.logger) }
    return try await withThrowingTaskGroup(of: T?.self) { group in
        for store in stores {
            group.addTask {
                try await store.run(); return nil
            }
        }
        defer { group.cancelAll() }
        let result = try await body(stores)
        group.cancelAll()
        return result
    }
}

/// One store on a fresh schema, running for `body`.
func withFreshStore<T: Sendable>(_ body: @Sendable (PostgresSessionStore) async throws -> T) async throws -> T {
    try await withRunningStores([try TestServer.configuration(schema: TestServer.freshSchema())]) { stores in
        try await body(stores[0])
    }
}

/// Two instances of one service: two stores (two pools) on one schema, two managers sharing a key, on the
/// system clock (propagation is measured in real time).
struct TwoInstances: Sendable {
    static let browser = ClientContext(
        userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
        address: "198.51.100.7"
    )

    let first: SessionManager
    let second: SessionManager

    init(_ stores: [PostgresSessionStore], grace: Duration = .zero, staleness: Duration = .seconds(1)) throws {
        let key = AccessTokenKey.local(PasetoV4.Local.Key.generate())
        let configuration = SessionConfiguration(
            issuer: "https://auth.example",
            audience: "api",
            refreshGraceWindow: grace,
            revocationStaleness: staleness
        )
        first = try SessionManager(key: key, store: stores[0], configuration: configuration)
        second = try SessionManager(key: key, store: stores[1], configuration: configuration)
    }
}

/// Polls `condition` every millisecond until it holds; the time it took, or `nil` past `limit`.
func timeUntil(_ limit: Duration, _ condition: () async -> Bool) async -> Duration? {
    let clock = ContinuousClock()
    let start = clock.now
    while clock.now - start < limit {
        if await condition() { return clock.now - start }
        try? await Task.sleep(for: .milliseconds(1))
    }
    return nil
}
