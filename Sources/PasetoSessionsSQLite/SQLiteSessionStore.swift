public import Foundation
import GRDB
public import PasetoSessions

/// The embedded durable ``SessionStore``: one SQLite file in WAL mode, through GRDB.
///
/// Every state change is one transaction, committed before the call returns (with
/// ``Synchronous/full``, durable across a power loss; with ``Synchronous/normal``, across a crash of the
/// process). Several processes may open the same file: SQLite's locks serialize their writes, and each
/// ``SessionManager`` learns the others' revocations from the events table within its staleness bound.
///
/// The schema is created and migrated by version (GRDB's `DatabaseMigrator`, recorded in the file);
/// ``SQLiteSessionSchema`` lists the versions.
public final class SQLiteSessionStore: SessionStore {
    /// How hard each commit waits for the disk.
    public enum Synchronous: String, Sendable {
        /// `PRAGMA synchronous = FULL`: a commit survives a power loss. The default.
        case full = "FULL"
        /// `PRAGMA synchronous = NORMAL`: in WAL mode a commit survives a crash of the process, and the
        /// last commits may be lost on power loss; several times faster.
        case normal = "NORMAL"
    }

    let pool: DatabasePool

    /// Opens (creating and migrating when needed) the store at `path`.
    ///
    /// - Parameters:
    ///   - path: The database file; its folder must exist.
    ///   - synchronous: The durability of each commit.
    ///   - busyTimeout: How long a write waits for another process's lock before failing.
    /// - Throws: GRDB's `DatabaseError` when the file cannot be opened, is not a database, or is corrupt.
    public init(path: String, synchronous: Synchronous = .full, busyTimeout: Duration = .seconds(5)) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(Double(busyTimeout.components.seconds))
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous.rawValue)")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try SQLiteSessionSchema.migrator.migrate(pool)
    }

    /// ``SessionStore``'s `createSession`, in one transaction.
    public func createSession(_ session: SessionRecord, refreshToken: RefreshTokenRecord) async throws {
        try await pool.write { db in
            try SQLiteRows.insert(session, in: db)
            try SQLiteRows.insert(refreshToken, in: db)
        }
    }

    /// ``SessionStore``'s `refreshToken`, in one transaction.
    public func refreshToken(
        _ hash: RefreshTokenHash
    ) async throws -> (token: RefreshTokenRecord, session: SessionRecord)? {
        try await pool.read { db in
            guard let token = try SQLiteRows.refreshToken(hash, in: db),
                let session = try SQLiteRows.session(token.sessionID, in: db)
            else { return nil }
            return (token, session)
        }
    }

    /// ``SessionStore``'s `session`, in one transaction.
    public func session(_ id: String) async throws -> SessionRecord? {
        try await pool.read { db in try SQLiteRows.session(id, in: db) }
    }

    /// ``SessionStore``'s `rotate`, in one transaction.
    public func rotate(
        _ presented: RefreshTokenHash,
        replacement: RefreshTokenRecord,
        context: ClientContext,
        at now: Date,
        graceWindow: Duration
    ) async throws -> RotationOutcome {
        try await pool.writeWithoutTransaction { db in
            var outcome = RotationOutcome.unknown
            try db.inTransaction(.immediate) {
                outcome = try SQLiteRotation.rotate(
                    presented,
                    replacement: replacement,
                    context: context,
                    at: now,
                    graceWindow: graceWindow,
                    in: db
                )
                return .commit
            }
            return outcome
        }
    }

    /// ``SessionStore``'s `revokeSession`, in one transaction.
    public func revokeSession(_ sessionID: String, at now: Date) async throws -> Bool {
        try await pool.write { db in try SQLiteRevocation.revokeSession(sessionID, at: now, in: db) }
    }

    /// ``SessionStore``'s `revokeSubject`, in one transaction.
    public func revokeSubject(_ subject: String, at now: Date) async throws -> Int {
        try await pool.write { db in try SQLiteRevocation.revokeSubject(subject, at: now, in: db) }
    }

    /// ``SessionStore``'s `revokeTokenID`, in one transaction.
    public func revokeTokenID(_ tokenID: String, until expiry: Date, at now: Date) async throws {
        try await pool.write { db in
            try SQLiteRevocation.appendEvent(.tokenID, tokenID, until: expiry, in: db)
        }
    }

    /// ``SessionStore``'s `subjectVersion`, in one transaction.
    public func subjectVersion(_ subject: String) async throws -> Int {
        try await pool.read { db in try SQLiteRevocation.subjectVersion(subject, in: db) }
    }

    /// ``SessionStore``'s `revocationEvents`, in one transaction.
    public func revocationEvents(after sequence: Int64, at now: Date) async throws -> [RevocationEvent] {
        try await pool.read { db in try SQLiteRevocation.events(after: sequence, at: now, in: db) }
    }

    /// ``SessionStore``'s `sessions`, in one transaction.
    public func sessions(of subject: String, at now: Date) async throws -> [SessionRecord] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM sessions WHERE subject = ? AND revoked_at IS NULL AND absolute_expiry > ?
                    ORDER BY created, id
                    """,
                arguments: [subject, now.timeIntervalSince1970]
            ).map(SQLiteRows.session(from:))
        }
    }

    /// ``SessionStore``'s `purgeExpired`, in one transaction.
    public func purgeExpired(at now: Date) async throws -> Int {
        try await pool.write { db in
            let instant = now.timeIntervalSince1970
            try db.execute(
                sql: """
                    DELETE FROM refresh_tokens WHERE session_id IN (SELECT id FROM sessions WHERE absolute_expiry <= ?)
                    """,
                arguments: [instant]
            )
            var count = db.changesCount
            try db.execute(sql: "DELETE FROM sessions WHERE absolute_expiry <= ?", arguments: [instant])
            count += db.changesCount
            try db.execute(sql: "DELETE FROM revocation_events WHERE until <= ?", arguments: [instant])
            count += db.changesCount
            return count
        }
    }
}
