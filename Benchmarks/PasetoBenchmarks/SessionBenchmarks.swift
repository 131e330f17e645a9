import Benchmark
import Foundation
import PasetoKit
import PasetoSessions
import PasetoSessionsSQLite

/// The access-token check with its revocation check against plain `decrypt(_:as:rules:)` of the same token
/// (target: at least 0.8×), and refresh rotations per second on SQLite at synchronous=FULL and NORMAL
/// (target: at least 1,000/s with NORMAL).
func registerSessionBenchmarks() {
    struct Content: Codable, Sendable {
        var sid: String
        var ver: Int
    }
    let key = PasetoV4.Local.Key.generate()
    let configuration = SessionConfiguration(issuer: "https://auth.example", audience: "api")
    let context = ClientContext(userAgent: "bench/1", address: "127.0.0.1")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paseto-bench-\(UUID().uuidString)")

    func manager(_ store: any SessionStore) -> SessionManager {
        do {
            return try SessionManager(key: .local(key), store: store, configuration: configuration)
        } catch {
            fatalError("session manager: \(error)")
        }
    }
    func sqlite(_ name: String, _ synchronous: SQLiteSessionStore.Synchronous) -> SQLiteSessionStore {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try SQLiteSessionStore(path: folder.appendingPathComponent(name).path, synchronous: synchronous)
        } catch {
            fatalError("SQLite store: \(error)")
        }
    }

    let stores: [(String, SessionManager)] = [
        ("in-memory", manager(InMemorySessionStore())), ("SQLite", manager(sqlite("auth.sqlite", .normal))),
    ]
    for (name, sessions) in stores { registerAuthenticateBenchmark(store: name, sessions) }
    let plain = manager(InMemorySessionStore())
    Benchmark("baseline session token decrypt (Codable claims, validated) | claims") { benchmark in
        let issued = try await plain.login(subject: "user-42", context: context)
        let rules = ClaimRules(issuer: configuration.issuer, audience: configuration.audience)
        let assertion = issued.fingerprint.implicitAssertion
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try key.decrypt(issued.accessToken, as: Content.self, rules: rules, implicitAssertion: assertion))
        }
    }

    // `PASETO_BENCH_MILLION=1 make bench`: one million rotations on one session, for memory flatness (its
    // peak resident memory against the 3-second runs below).
    if ProcessInfo.processInfo.environment["PASETO_BENCH_MILLION"] == "1" {
        let sessions = manager(sqlite("million.sqlite", .normal))
        let chain = RotationChain()
        Benchmark(
            "SQLite 1M refresh rotations (synchronous=NORMAL) | -",
            configuration: .init(
                metrics: [.throughput, .wallClock, .peakMemoryResident],
                warmupIterations: 0,
                maxDuration: .seconds(1_800),
                maxIterations: 1_000_000
            )
        ) { benchmark in
            try await rotate(sessions, chain, benchmark)
        }
    }
    for synchronous in [SQLiteSessionStore.Synchronous.full, .normal] {
        let sessions = manager(sqlite("rotate-\(synchronous.rawValue).sqlite", synchronous))
        let chain = RotationChain()
        Benchmark(
            "SQLite refresh rotation (synchronous=\(synchronous.rawValue)) | -",
            configuration: .init(metrics: [.throughput, .wallClock, .peakMemoryResident], maxDuration: .seconds(3))
        ) { benchmark in
            try await rotate(sessions, chain, benchmark)
        }
    }
}

/// `session authenticate (STORE store) | claims`: one session's access token checked again and again, with
/// its revocation check (the cache synced first, unmeasured).
func registerAuthenticateBenchmark(store name: String, _ sessions: SessionManager) {
    let context = ClientContext(userAgent: "bench/1", address: "127.0.0.1")
    Benchmark("session authenticate (\(name) store) | claims") { benchmark in
        let issued = try await sessions.login(subject: "user-42", context: context)
        _ = try await sessions.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try await sessions.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text))
        }
    }
}

/// The current refresh token of the one session a rotation benchmark rotates, across samples.
final class RotationChain: @unchecked Sendable {
    var current: String?
}

/// Rotates the chain's session once per scaled iteration (logging in first, unmeasured, the first time).
func rotate(_ sessions: SessionManager, _ chain: RotationChain, _ benchmark: Benchmark) async throws {
    let context = ClientContext(userAgent: "bench/1", address: "127.0.0.1")
    var current: String
    if let token = chain.current {
        current = token
    } else {
        current = try await sessions.login(subject: "user-42", context: context).refreshToken.text
    }
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
        current = try await sessions.refresh(current, context: context).refreshToken.text
    }
    benchmark.stopMeasurement()
    chain.current = current
}
