import Foundation
import PasetoKit
import PasetoSessions
import PasetoSessionsPostgres
import PasetoSessionsSQLite
import PostgresTestSupport
import Testing

/// The stores `paseto sessions` reads: a SQLite file and a PostgreSQL database, each made by the library.
enum CLIStoreKind: String, CaseIterable, Sendable {
    case sqlite
    case postgres
}

/// `paseto sessions list` and `paseto sessions revoke` on each store kind.
@Suite("paseto sessions")
struct SessionsCommandTests {
    /// A store with two sessions of alice (Firefox, then curl) and one of bob; `body` gets its `--store`
    /// argument, a manager on it and alice's sessions (a PostgreSQL store runs meanwhile).
    static func withStore(
        _ kind: CLIStoreKind,
        _ body: @Sendable (String, SessionManager, [IssuedTokens]) async throws -> Void
    ) async throws {
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "paseto-cli-\(UUID().uuidString)"
            )
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("sessions.sqlite").path
            try await fill(try SQLiteSessionStore(path: path), argument: "sqlite:\(path)", body)
        case .postgres:
            let url = try await TestPostgres.freshDatabase()
            // This process's CLI tests hold Swift's cooperative threads while their children run: a generous
            // deadline, so that setting up the store never times out on a starved pool.
            var configuration = try PostgresSessionStore.Configuration(url: url)
            configuration.operationTimeout = .seconds(120)
            let store = try PostgresSessionStore(configuration: configuration, logger: TestPostgres.logger)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.run() }
                defer { group.cancelAll() }
                try await fill(store, argument: url, body)
            }
        }
    }

    private static func fill(
        _ store: any SessionStore,
        argument: String,
        _ body: @Sendable (String, SessionManager, [IssuedTokens]) async throws -> Void
    ) async throws {
        let manager = try SessionManager(
            key: .local(PasetoV4.Local.Key.generate()),
            store: store,
            configuration: SessionConfiguration(issuer: "https://auth.example", audience: "api")
        )
        let firefox = ClientContext(userAgent: "Firefox/140 \"quoted\"", address: "198.51.100.7")
        let first = try await manager.login(subject: "alice", context: firefox)
        let second = try await manager.login(
            subject: "alice",
            context: ClientContext(userAgent: "curl/8", address: "::1")
        )
        _ = try await manager.login(subject: "bob", context: firefox)
        try await body(argument, manager, [first, second])
    }

    @Test(
        "list prints one JSON line per live session, with sid, subject, created, last_used, user_agent",
        arguments: CLIStoreKind.allCases
    )
    func list(_ kind: CLIStoreKind) async throws {
        try await Self.withStore(kind) { store, _, alice in try Self.checkList(store: store, alice: alice) }
    }

    static func checkList(store: String, alice: [IssuedTokens]) throws {
        let result = try PasetoCLI.run(["sessions", "list", "--store", store, "--subject", "alice"])
        #expect(result.status == 0 && result.stderr == "", "\(result)")
        let lines = result.stdoutLines
        #expect(lines.count == 2, "\(result)")
        let objects = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])
        }
        #expect(Set(objects.compactMap { $0["sid"] }) == Set(alice.map(\.session.id)))
        #expect(
            objects.allSatisfy {
                $0["subject"] == "alice" && Set($0.keys) == ["sid", "subject", "created", "last_used", "user_agent"]
            }
        )
        #expect(objects.contains { $0["user_agent"] == "Firefox/140 \"quoted\"" })
        #expect(objects.allSatisfy { ($0["created"] ?? "").hasSuffix("Z") })
        let none = try PasetoCLI.run(["sessions", "list", "--store", store, "--subject", "carol"])
        expectSuccess(none, stdout: "")
    }

    @Test(
        "revoke --session ends one session, revoke --subject the rest; the library then refuses their tokens",
        arguments: CLIStoreKind.allCases
    )
    func revoke(_ kind: CLIStoreKind) async throws {
        try await Self.withStore(kind) { store, manager, alice in
            try await Self.checkRevoke(store: store, manager: manager, alice: alice)
        }
    }

    static func checkRevoke(store: String, manager: SessionManager, alice: [IssuedTokens]) async throws {
        expectSuccess(
            try PasetoCLI.run(["sessions", "revoke", "--store", store, "--session", alice[0].session.id]),
            stdout: "revoked 1\n"
        )
        expectSuccess(
            try PasetoCLI.run(["sessions", "revoke", "--store", store, "--session", alice[0].session.id]),
            stdout: "revoked 0\n"
        )
        let listed = try PasetoCLI.run(["sessions", "list", "--store", store, "--subject", "alice"])
        #expect(listed.stdoutLines.count == 1, "\(listed)")
        expectSuccess(
            try PasetoCLI.run(["sessions", "revoke", "--store", store, "--subject", "alice"]),
            stdout: "revoked 1\n"
        )
        expectSuccess(try PasetoCLI.run(["sessions", "list", "--store", store, "--subject", "alice"]), stdout: "")
        // A service on the same store refuses the revoked tokens (its cache syncs within 1 s; this manager has not synced yet).
        for issued in alice {
            let refreshed: SessionError.Code?
            do {
                _ = try await manager.refresh(
                    issued.refreshToken.text,
                    context: ClientContext(userAgent: "curl/8", address: "::1")
                )
                refreshed = nil
            } catch let error as SessionError {
                refreshed = error.code
            }
            #expect(refreshed == .revoked || refreshed == .reauthenticationRequired)
        }
    }

    @Test("a missing file, an unreachable or empty database, another form or both selectors: exit 2")
    func badStores() async throws {
        try await Self.withStore(.sqlite) { store, _, _ in try Self.checkBadStores(sqlite: store) }
    }

    static func checkBadStores(sqlite store: String) throws {
        // Session ids and subjects may begin with "-": they are values, never flags.
        expectSuccess(
            try PasetoCLI.run(["sessions", "revoke", "--store", store, "--session", "-not-a-flag"]),
            stdout: "revoked 0\n"
        )
        expectSuccess(try PasetoCLI.run(["sessions", "list", "--store", store, "--subject", "-x"]), stdout: "")
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "sqlite:/nonexistent/sessions.sqlite", "--subject", "a"]),
            code: "unreachable-store"
        )
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "postgres://nobody@127.0.0.1:1/db", "--subject", "a"]),
            code: "unreachable-store"
        )
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "postgres://nobody@/db", "--subject", "a"]),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "redis://x", "--subject", "a"]),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(["sessions", "revoke", "--store", store, "--subject", "a", "--session", "b"]),
            code: "usage"
        )
        expectInputError(try PasetoCLI.run(["sessions", "revoke", "--store", store]), code: "usage")
        let notStore = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-store-\(UUID().uuidString)")
        try Data(repeating: 0x42, count: 4096).write(to: notStore)
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "sqlite:\(notStore.path)", "--subject", "a"]),
            code: "unreachable-store"
        )
    }

    @Test("a database without the library's tables is refused, and left without them")
    func emptyDatabase() async throws {
        let url = try await TestPostgres.freshDatabase()
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", url, "--subject", "a"]),
            code: "unreachable-store"
        )
        // Still no tables: the tool never creates a store.
        expectInputError(
            try PasetoCLI.run(["sessions", "revoke", "--store", url, "--subject", "a"]),
            code: "unreachable-store"
        )
    }
}
