import Benchmark
import Foundation
import Logging
import PasetoKit
import PasetoSessions
import PasetoSessionsPostgres

/// The PostgreSQL store, on the throwaway server `make bench` starts (`.ci/with-postgres`): the access-token
/// check with the store's revocation cache against plain `decrypt(_:as:rules:)` (target ≥ 0.8×), rotations
/// per second with 4 concurrent clients (target ≥ 1,000/s), and how long a logout on one instance takes to
/// be enforced by another (p50 and p99; target p99 ≤ 100 ms on loopback).
func registerPostgresSessionBenchmarks() {
    guard let url = ProcessInfo.processInfo.environment["PASETO_TEST_POSTGRES_URL"] else {
        fatalError("PASETO_TEST_POSTGRES_URL is not set: run `make bench`, which starts a throwaway PostgreSQL server")
    }
    let key = PasetoV4.Local.Key.generate()
    let configuration = SessionConfiguration(issuer: "https://auth.example", audience: "api")
    let context = ClientContext(userAgent: "bench/1", address: "127.0.0.1")
    let schema = "bench_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    let quiet = Logger(label: "paseto.bench.postgres") { _ in SwiftLogNoOpLogHandler() }

    func instance() -> SessionManager {
        do {
            let store = try PostgresSessionStore(
                configuration: try PostgresSessionStore.Configuration(url: url, schema: schema),
                logger: quiet
            )
            // The store runs for the life of the benchmark process.
            Task { try await store.run() }
            return try SessionManager(key: .local(key), store: store, configuration: configuration)
        } catch {
            fatalError("PostgreSQL store: \(error)")
        }
    }
    let first = instance()
    let second = instance()

    registerAuthenticateBenchmark(store: "PostgreSQL", first)

    let chains = (0..<4).map { _ in RotationChain() }
    Benchmark(
        "PostgreSQL refresh rotations (4 concurrent clients) | -",
        configuration: .init(metrics: [.throughput, .wallClock], maxDuration: .seconds(3))
    ) { benchmark in
        // One operation is a round of four rotations, one per client, each on a session of its own.
        for chain in chains where chain.current == nil {
            chain.current = try await first.login(subject: "user-42", context: context).refreshToken.text
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, chain) in chains.enumerated() {
                    let manager = index.isMultiple(of: 2) ? first : second
                    let current = chain.current ?? ""
                    group.addTask { chain.current = try await manager.refresh(current, context: context).refreshToken.text }
                }
                try await group.waitForAll()
            }
        }
        benchmark.stopMeasurement()
    }

    Benchmark(
        "PostgreSQL revocation propagation (logout on one instance, refused by the other) | -",
        configuration: .init(
            metrics: [.wallClock],
            scalingFactor: .one,
            maxDuration: .seconds(10),
            maxIterations: 200
        )
    ) { benchmark in
        let issued = try await first.login(subject: "user-7", context: context)
        _ = try await second.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
        benchmark.startMeasurement()
        try await first.logout(sessionID: issued.session.id)
        while (try? await second.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)) != nil {
            await Task.yield()
        }
        benchmark.stopMeasurement()
    }
}
