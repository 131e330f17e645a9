import Foundation
import PasetoKit
import PasetoSessions
import PasetoSessionsSQLite
import Testing

/// `paseto sessions list` and `paseto sessions revoke` on a SQLite store made by the library.
@Suite("paseto sessions")
struct SessionsCommandTests {
    /// A store file with two sessions of alice (Firefox, then curl) and one of bob.
    static func store() async throws -> (path: String, manager: SessionManager, alice: [IssuedTokens]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paseto-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sessions.sqlite").path
        let manager = try SessionManager(
            key: .local(PasetoV4.Local.Key.generate()),
            store: try SQLiteSessionStore(path: path),
            configuration: SessionConfiguration(issuer: "https://auth.example", audience: "api")
        )
        let firefox = ClientContext(userAgent: "Firefox/140 \"quoted\"", address: "198.51.100.7")
        let first = try await manager.login(subject: "alice", context: firefox)
        let second = try await manager.login(
            subject: "alice",
            context: ClientContext(userAgent: "curl/8", address: "::1")
        )
        _ = try await manager.login(subject: "bob", context: firefox)
        return (path, manager, [first, second])
    }

    @Test("list prints one JSON line per live session, with sid, subject, created, last_used, user_agent")
    func list() async throws {
        let (path, _, alice) = try await Self.store()
        let result = try PasetoCLI.run(["sessions", "list", "--store", "sqlite:\(path)", "--subject", "alice"])
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
        let none = try PasetoCLI.run(["sessions", "list", "--store", "sqlite:\(path)", "--subject", "carol"])
        expectSuccess(none, stdout: "")
    }

    @Test("revoke --session ends one session, revoke --subject the rest; the library then refuses their tokens")
    func revoke() async throws {
        let (path, manager, alice) = try await Self.store()
        let store = "sqlite:\(path)"
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

    @Test("a missing file, a PostgreSQL URL (not in this build), another form or both selectors: exit 2")
    func badStores() async throws {
        let (path, _, _) = try await Self.store()
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "sqlite:/nonexistent/sessions.sqlite", "--subject", "a"]),
            code: "unreachable-store"
        )
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "postgres://localhost/db", "--subject", "a"]),
            code: "unsupported-store"
        )
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "redis://x", "--subject", "a"]),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(["sessions", "revoke", "--store", "sqlite:\(path)", "--subject", "a", "--session", "b"]),
            code: "usage"
        )
        expectInputError(try PasetoCLI.run(["sessions", "revoke", "--store", "sqlite:\(path)"]), code: "usage")
        let notStore = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-store-\(UUID().uuidString)")
        try Data(repeating: 0x42, count: 4096).write(to: notStore)
        expectInputError(
            try PasetoCLI.run(["sessions", "list", "--store", "sqlite:\(notStore.path)", "--subject", "a"]),
            code: "unreachable-store"
        )
    }
}
