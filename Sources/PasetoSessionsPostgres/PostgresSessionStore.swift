public import Foundation
public import Logging
public import PasetoSessions
import PostgresNIO
public import ServiceLifecycle
import Synchronization

/// The ``SessionStore`` for a service of several instances: sessions, refresh-token hashes and revocations
/// in PostgreSQL, and every revocation notified to every instance (`LISTEN`/`NOTIFY`) so that a
/// ``SessionManager`` on each applies it within milliseconds.
///
/// ```swift
/// let store = try PostgresSessionStore(configuration: .init(url: "postgres://auth@db.internal/auth"))
/// let sessions = try SessionManager(key: key, store: store, configuration: configuration)
/// let services = ServiceGroup(services: [store, httpServer], logger: logger)   // swift-service-lifecycle
/// try await services.run()
/// ```
///
/// Run the store (``run()``, or in a `ServiceGroup`): it runs the connection pool and the revocation
/// listener. Every operation is one transaction (rotation one statement in the common case), bound
/// parameters only, and fails after ``Configuration/operationTimeout`` when the server is gone; a
/// ``SessionManager`` then answers `store-failure` and accepts nothing. Tables are created on first use,
/// under an advisory lock (``PostgresSessionSchema``). When the server comes back, operations succeed again
/// and the listener listens again, and each manager re-reads the events it missed: nothing to restart.
public final class PostgresSessionStore: SessionStore, RevocationNotifyingStore, Service {
    let client: PostgresClient
    let configuration: Configuration
    let logger: Logger
    private let notifier = PostgresRevocationNotifier()
    private let migration = Mutex<Task<Void, any Error>?>(nil)
    private let migrated = Atomic<Bool>(false)

    /// A store over `configuration`; nothing connects until ``run()`` runs.
    ///
    /// - Throws: ``PostgresSessionStoreError`` `invalid-schema`.
    public init(configuration: Configuration, logger: Logger = Logger(label: "paseto.sessions.postgres")) throws {
        if let schema = configuration.schema {
            guard PostgresSessionSchema.isPlainIdentifier(schema) else {
                throw PostgresSessionStoreError(.invalidSchema, "the schema name must be a plain lower-case identifier")
            }
        }
        var client = configuration.client
        if let schema = configuration.schema {
            client.options.additionalStartupParameters.append(("search_path", schema))
        }
        self.client = PostgresClient(configuration: client, backgroundLogger: logger)
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs the connection pool, the revocation listener and its heartbeat until cancelled or, in a
    /// `ServiceGroup`, until graceful shutdown.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask { await self.client.run() }
                group.addTask {
                    await self.notifier.listen(
                        client: self.client,
                        reconnectDelay: self.configuration.reconnectDelay,
                        logger: self.logger
                    )
                }
                group.addTask { await self.notifier.heartbeat(every: self.configuration.heartbeat) }
            }
        }
    }

    /// Whether the revocation listener is connected now; while it is not, managers still read events on
    /// their heartbeat and staleness bound, through the pool.
    public var isListening: Bool { notifier.isListening }

    /// ``RevocationNotifyingStore``'s `addRevocationListener`.
    public func addRevocationListener(_ listener: any RevocationListener) {
        notifier.add(listener)
    }

    /// Creates or migrates the tables now (otherwise done by the first operation).
    public func migrate() async throws {
        try await withDeadline(configuration.operationTimeout, "migrate the schema") {
            do { try await self.ensureMigrated() } catch {
                throw PostgresSessionStoreError("migrate the schema", error)
            }
        }
    }

    // MARK: - SessionStore

    /// ``SessionStore``'s `createSession`, in one transaction.
    public func createSession(_ session: SessionRecord, refreshToken: RefreshTokenRecord) async throws {
        try await transaction("create the session") { connection, logger in
            try await PostgresRows.insert(session, on: connection, logger: logger)
            try await PostgresRows.insert(refreshToken, on: connection, logger: logger)
        }
    }

    /// ``SessionStore``'s `refreshToken`.
    public func refreshToken(
        _ hash: RefreshTokenHash
    ) async throws -> (token: RefreshTokenRecord, session: SessionRecord)? {
        let found = try await connection("read the refresh token") { connection, logger in
            try await PostgresRows.refreshTokenWithSession(hash, on: connection, logger: logger)
        }
        return found.map { (token: $0.token, session: $0.session) }
    }

    /// ``SessionStore``'s `session`.
    public func session(_ id: String) async throws -> SessionRecord? {
        try await connection("read the session") { connection, logger in
            try await PostgresRows.session(id, on: connection, logger: logger)
        }
    }

    /// ``SessionStore``'s `rotate`: one conditional `UPDATE … RETURNING` in the common case, a transaction
    /// locking the session otherwise.
    public func rotate(
        _ presented: RefreshTokenHash,
        replacement: RefreshTokenRecord,
        context: ClientContext,
        at now: Date,
        graceWindow: Duration
    ) async throws -> RotationOutcome {
        let bounded = context.bounded()
        let claimed = try await connection("rotate the refresh token") { connection, logger in
            try await PostgresRotation.claim(
                presented,
                replacement: replacement,
                context: bounded,
                at: now,
                on: connection,
                logger: logger
            )
        }
        if let claimed { return .rotated(claimed) }
        return try await transaction("rotate the refresh token") { connection, logger in
            try await PostgresRotation.decideAndApply(
                presented,
                replacement: replacement,
                context: bounded,
                at: now,
                graceWindow: graceWindow,
                on: connection,
                logger: logger
            )
        }
    }

    /// ``SessionStore``'s `revokeSession`, in one transaction, notified.
    public func revokeSession(_ sessionID: String, at now: Date) async throws -> Bool {
        try await transaction("revoke the session") { connection, logger in
            try await PostgresRevocation.revokeSession(sessionID, at: now, on: connection, logger: logger)
        }
    }

    /// ``SessionStore``'s `revokeSubject`, in one transaction, notified.
    public func revokeSubject(_ subject: String, at now: Date) async throws -> Int {
        try await transaction("revoke the subject's sessions") { connection, logger in
            try await PostgresRevocation.revokeSubject(subject, at: now, on: connection, logger: logger)
        }
    }

    /// ``SessionStore``'s `revokeTokenID`, in one transaction, notified.
    public func revokeTokenID(_ tokenID: String, until expiry: Date, at now: Date) async throws {
        try await transaction("revoke the access token") { connection, logger in
            try await PostgresRevocation.appendEvent(
                .tokenID,
                tokenID,
                until: expiry.timeIntervalSince1970,
                on: connection,
                logger: logger
            )
        }
    }

    /// ``SessionStore``'s `subjectVersion`.
    public func subjectVersion(_ subject: String) async throws -> Int {
        try await connection("read the subject's version") { connection, logger in
            try await PostgresRevocation.subjectVersion(subject, on: connection, logger: logger)
        }
    }

    /// ``SessionStore``'s `revocationEvents`.
    public func revocationEvents(after sequence: Int64, at now: Date) async throws -> [RevocationEvent] {
        try await connection("read revocations") { connection, logger in
            try await PostgresRevocation.events(after: sequence, at: now, on: connection, logger: logger)
        }
    }

    /// ``SessionStore``'s `sessions`.
    public func sessions(of subject: String, at now: Date) async throws -> [SessionRecord] {
        try await connection("list the sessions") { connection, logger in
            try await PostgresRows.sessions(
                connection.query(
                    """
                    SELECT \(unescaped: PostgresRows.sessionColumns) FROM paseto_sessions
                    WHERE subject = \(subject) AND revoked_at IS NULL AND absolute_expiry > \(now.timeIntervalSince1970)
                    ORDER BY created, id
                    """,
                    logger: logger
                )
            )
        }
    }

    /// ``SessionStore``'s `purgeExpired`, in one transaction.
    public func purgeExpired(at now: Date) async throws -> Int {
        let instant = now.timeIntervalSince1970
        return try await transaction("purge") { connection, logger in
            var count = 0
            for query: PostgresQuery in [
                """
                SELECT count(*) FROM paseto_refresh_tokens
                WHERE session_id IN (SELECT id FROM paseto_sessions WHERE absolute_expiry <= \(instant))
                """,
                "WITH gone AS (DELETE FROM paseto_sessions WHERE absolute_expiry <= \(instant) RETURNING 1) SELECT count(*) FROM gone",
                "WITH gone AS (DELETE FROM paseto_revocation_events WHERE until <= \(instant) RETURNING 1) SELECT count(*) FROM gone",
            ] {
                for try await rows in try await connection.query(query, logger: logger).decode(Int.self) {
                    count += rows
                }
            }
            return count
        }
    }

    // MARK: - Connections

    /// Runs `body` on a pooled connection, once the schema is migrated, within the operation timeout.
    func connection<T: Sendable>(
        _ what: String,
        _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        try await withDeadline(configuration.operationTimeout, what) {
            do {
                try await self.ensureMigrated()
                return try await self.client.withConnection { connection in try await body(connection, self.logger) }
            } catch {
                throw PostgresSessionStoreError(what, error)
            }
        }
    }

    /// Runs `body` in a transaction (committed before it returns, rolled back when it throws).
    func transaction<T: Sendable>(
        _ what: String,
        _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) async throws -> T {
        try await connection(what) { connection, logger in
            try await connection.withTransaction(logger: logger) { connection in try await body(connection, logger) }
        }
    }

    /// Migrates once per store (one migration in flight; a failed one is tried again by the next call).
    private func ensureMigrated() async throws {
        if migrated.load(ordering: .acquiring) { return }
        let task = migration.withLock { current -> Task<Void, any Error> in
            if let current { return current }
            let task = Task {
                try await self.client.withConnection { connection in
                    try await PostgresSessionSchema.migrate(
                        on: connection,
                        schema: self.configuration.schema,
                        creatingTables: self.configuration.createsTables,
                        logger: self.logger
                    )
                }
            }
            current = task
            return task
        }
        do {
            try await task.value
            migrated.store(true, ordering: .releasing)
        } catch {
            migration.withLock { $0 = nil }
            throw error
        }
    }
}
