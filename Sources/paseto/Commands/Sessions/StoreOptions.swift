import ArgumentParser
import Foundation
import PasetoSessions
import PasetoSessionsSQLite

/// `--store STORE`: `sqlite:PATH` (an existing file the library created) or `postgres://…`.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The session store: sqlite:PATH or postgres://…", valueName: "store"))
    var store: String

    /// Opens the store; never creates one.
    ///
    /// - Throws: ``InputError`` `usage` for another form, `unreachable-store` for a file that is missing or
    ///   not a session store, `unsupported-store` for PostgreSQL (not in this build yet).
    func open() throws -> any SessionStore {
        if store.hasPrefix("postgres://") || store.hasPrefix("postgresql://") {
            throw InputError(code: "unsupported-store", message: "PostgreSQL session stores are not in this build")
        }
        guard store.hasPrefix("sqlite:"), store.count > "sqlite:".count else {
            throw InputError.usage("--store must be sqlite:PATH or postgres://…")
        }
        let path = String(store.dropFirst("sqlite:".count))
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(code: "unreachable-store", message: "no session store at \(path)")
        }
        do {
            return try SQLiteSessionStore(path: path)
        } catch {
            throw InputError(code: "unreachable-store", message: "\(path) is not a readable session store")
        }
    }

    /// Runs `body` on the store; a store error becomes `unreachable-store` (exit 2).
    func run<T>(_ body: (any SessionStore) async throws -> T) async throws -> T {
        let opened = try open()
        do {
            return try await body(opened)
        } catch {
            throw InputError(code: "unreachable-store", message: "the session store failed")
        }
    }
}
