import ArgumentParser
import Foundation
import Logging
import PasetoSessions
import PasetoSessionsPostgres
import PasetoSessionsSQLite

/// `--store STORE`: `sqlite:PATH` (an existing file the library created) or `postgres://…` (a database
/// whose tables the library created).
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The session store: sqlite:PATH or postgres://…", valueName: "store"))
    var store: String

    /// What `--store` names; never creates a store.
    enum Opened {
        case sqlite(SQLiteSessionStore)
        case postgres(PostgresSessionStore)
    }

    /// Opens the store; never creates one.
    ///
    /// - Throws: ``InputError`` `usage` for another form or a malformed URL, `unreachable-store` for a
    ///   file that is missing or not a session store.
    func open() throws -> Opened {
        if store.hasPrefix("postgres://") || store.hasPrefix("postgresql://") {
            var configuration: PostgresSessionStore.Configuration
            do {
                configuration = try PostgresSessionStore.Configuration(url: store, maximumConnections: 2)
            } catch {
                throw InputError.usage("--store must be sqlite:PATH or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
            }
            configuration.createsTables = false
            // postgres-nio's background messages would break the one-error-line contract.
            let quiet = Logger(label: "paseto.sessions.postgres") { _ in SwiftLogNoOpLogHandler() }
            return .postgres(try PostgresSessionStore(configuration: configuration, logger: quiet))
        }
        guard store.hasPrefix("sqlite:"), store.count > "sqlite:".count else {
            throw InputError.usage("--store must be sqlite:PATH or postgres://…")
        }
        let path = String(store.dropFirst("sqlite:".count))
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(code: "unreachable-store", message: "no session store at \(path)")
        }
        do {
            return .sqlite(try SQLiteSessionStore(path: path))
        } catch {
            throw InputError(code: "unreachable-store", message: "\(path) is not a readable session store")
        }
    }

    /// Runs `body` on the store (a PostgreSQL store's pool runs meanwhile); a store error becomes
    /// `unreachable-store` (exit 2).
    func run<T>(_ body: (any SessionStore) async throws -> T) async throws -> T {
        let opened = try open()
        do {
            switch opened {
            case .sqlite(let store):
                return try await body(store)
            case .postgres(let store):
                return try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await store.run() }
                    defer { group.cancelAll() }
                    return try await body(store)
                }
            }
        } catch {
            throw InputError(code: "unreachable-store", message: "the session store failed")
        }
    }
}
