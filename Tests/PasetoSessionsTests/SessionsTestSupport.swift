import Foundation
import PasetoKit
import PasetoSessions
import PasetoSessionsSQLite
import Synchronization
import Testing

/// A clock the test moves by hand.
final class TestClock: PasetoClock {
    private let instant: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_900_000_000)) { instant = Mutex(start) }

    func now() -> Date { instant.withLock { $0 } }

    func advance(_ seconds: TimeInterval) { instant.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// The stores every test runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory
    case sqlite

    var testDescription: String { rawValue }

    /// A fresh, empty store (SQLite: a new file in a new temporary folder).
    func make() throws -> any SessionStore {
        switch self {
        case .memory: InMemorySessionStore()
        case .sqlite:
            try SQLiteSessionStore(path: try TemporaryFolder.make().appendingPathComponent("sessions.sqlite").path)
        }
    }
}

enum TemporaryFolder {
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("paseto-sessions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A manager over `store` with a test clock, and the contexts tests use.
struct SessionFixture {
    static let browser = ClientContext(
        userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
        address: "198.51.100.7"
    )
    static let otherBrowser = ClientContext(userAgent: "curl/8.5.0", address: "203.0.113.9")

    let clock: TestClock
    let store: any SessionStore
    let manager: SessionManager

    init(
        _ kind: StoreKind,
        grace: Duration = .zero,
        policy: any UnusualUsePolicy = UserAgentChangePolicy(),
        key: AccessTokenKey = .local(PasetoV4.Local.Key.generate())
    ) throws {
        clock = TestClock()
        store = try kind.make()
        manager = try SessionManager(
            key: key,
            store: store,
            configuration: Self.configuration(clock: clock, grace: grace),
            policy: policy
        )
    }

    static func configuration(clock: TestClock, grace: Duration = .zero) -> SessionConfiguration {
        SessionConfiguration(issuer: "https://auth.example", audience: "api", refreshGraceWindow: grace, clock: clock)
    }
}
