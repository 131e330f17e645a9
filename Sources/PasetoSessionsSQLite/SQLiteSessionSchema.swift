import GRDB

/// The SQLite schema, by version. A file opened by a newer build is migrated forward in one transaction
/// per version; a version is never edited once released, only followed by a new one.
///
/// - `v1`: `sessions`, `refresh_tokens` (hashes only, with state, use time, successor and grace flag),
///   `subject_versions`, `revocation_events` (sequence, kind, value, version, until).
public enum SQLiteSessionSchema {
    /// The versions, oldest first.
    public static let versions = ["v1"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE sessions (
                        id TEXT PRIMARY KEY NOT NULL,
                        subject TEXT NOT NULL,
                        created DOUBLE NOT NULL,
                        last_used DOUBLE NOT NULL,
                        login_user_agent TEXT NOT NULL,
                        login_address TEXT NOT NULL,
                        last_user_agent TEXT NOT NULL,
                        last_address TEXT NOT NULL,
                        absolute_expiry DOUBLE NOT NULL,
                        revoked_at DOUBLE
                    );
                    CREATE INDEX sessions_by_subject ON sessions(subject);
                    CREATE INDEX sessions_by_expiry ON sessions(absolute_expiry);
                    CREATE TABLE refresh_tokens (
                        hash BLOB PRIMARY KEY NOT NULL,
                        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                        issued DOUBLE NOT NULL,
                        idle_expiry DOUBLE NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('active', 'used', 'revoked')),
                        used DOUBLE,
                        grace_used INTEGER NOT NULL DEFAULT 0,
                        successor BLOB
                    );
                    CREATE INDEX refresh_tokens_by_session ON refresh_tokens(session_id);
                    CREATE TABLE subject_versions (
                        subject TEXT PRIMARY KEY NOT NULL,
                        version INTEGER NOT NULL
                    );
                    CREATE TABLE revocation_events (
                        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        value TEXT NOT NULL,
                        subject_version INTEGER NOT NULL DEFAULT 0,
                        until DOUBLE NOT NULL
                    );
                    CREATE INDEX revocation_events_by_until ON revocation_events(until);
                    """
            )
        }
        return migrator
    }
}
