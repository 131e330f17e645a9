import PostgresNIO

/// Why the PostgreSQL store could not do what was asked. A ``SessionManager`` turns every one of them into
/// `store-failure`: nothing is issued or accepted.
///
/// Messages never hold a password, a token or a hash.
public struct PostgresSessionStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable reason.
    public enum Code: String, Hashable, Sendable {
        /// The `postgres://` URL is malformed (scheme, host, port, user, database or an option).
        case invalidURL = "invalid-url"
        /// The schema name is not a plain lower-case identifier.
        case invalidSchema = "invalid-schema"
        /// The operation did not finish within ``PostgresSessionStore/Configuration/operationTimeout``
        /// (the server is down, unreachable, or overloaded).
        case timedOut = "timed-out"
        /// The database holds schema versions this build does not know: a newer build migrated it.
        case newerSchema = "newer-schema"
        /// The tables are missing or older than this build, and ``PostgresSessionStore/Configuration/createsTables``
        /// is off.
        case missingSchema = "missing-schema"
        /// The server answered with an error, or the connection failed.
        case databaseError = "database-error"
    }

    /// What went wrong.
    public let code: Code
    /// A short explanation, safe to log.
    public let message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }

    /// Errors are equal when their codes are.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, consistent with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// The store's error for `error`, met while trying to `what`: the store's own errors as they are, the
    /// server's by their SQLSTATE only (postgres-nio's descriptions hold the query and its bound values,
    /// which may be token hashes).
    init(_ what: String, _ error: any Error) {
        switch error {
        case let error as PostgresSessionStoreError:
            self = error
        case let error as PostgresTransactionError:
            let inner = error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError
            self = inner.map { Self(what, $0) } ?? Self(.databaseError, "could not \(what): the transaction failed")
        case let error as PSQLError:
            if let state = error.serverInfo?[.sqlState] {
                self = Self(.databaseError, "could not \(what): the server answered SQLSTATE \(state)")
            } else {
                self = Self(.databaseError, "could not \(what): the connection failed (\(error.code))")
            }
        case is CancellationError:
            self = Self(.timedOut, "could not \(what): cancelled")
        default:
            self = Self(.databaseError, "could not \(what)")
        }
    }
}
