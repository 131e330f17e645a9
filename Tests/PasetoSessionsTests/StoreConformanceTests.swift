import PasetoSessions
import SessionStoreConformance
import Testing

/// The conformance suite, on every store.
@Suite("SessionStore conformance")
struct StoreConformanceTests {
    @Test("every check passes on every store", arguments: StoreKind.allCases, SessionStoreConformance.checks)
    func conformance(_ kind: StoreKind, _ check: SessionStoreConformance.Check) async throws {
        try await check.run(on: try kind.make())
    }

    @Test("the suite has its checks")
    func checkCount() {
        #expect(SessionStoreConformance.checks.count == 10)
    }
}
