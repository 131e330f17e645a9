import PasetoSessions
import PasetoSessionsPostgres
import SessionStoreConformance
import Testing

/// The conformance suite every store passes, on PostgreSQL (each check on a schema of its own).
@Suite("PostgreSQL store conformance")
struct PostgresConformanceTests {
    @Test("every check passes on PostgreSQL", arguments: SessionStoreConformance.checks)
    func conformance(_ check: SessionStoreConformance.Check) async throws {
        try await withFreshStore { store in try await check.run(on: store) }
    }
}
