import Logging
import PostgresNIO

/// The PostgreSQL schema, by version, recorded in `paseto_schema_versions`. Versions are applied in one
/// transaction holding a transaction-level advisory lock, so that instances starting at once against a new
/// database migrate it exactly once (the others wait, then find it done). A version is never edited once
/// released, only followed by a new one.
///
/// - `v1`: `paseto_sessions`, `paseto_refresh_tokens` (hashes only), `paseto_subject_versions`,
///   `paseto_revocation_events`, and `paseto_revocation_sequence`: one counter row, incremented in the
///   transaction that appends an event, so event numbers are gap-free and committed in order (an instance
///   that reads "every event after N" never misses one that commits late).
public enum PostgresSessionSchema {
    /// The versions, oldest first.
    public static let versions = ["v1"]

    /// The channel revocations are notified on; the payload is the event's sequence number.
    static let channel = "paseto_revocations"

    /// `v1`, one statement each (the extended query protocol takes one at a time).
    static let v1: [PostgresQuery] = [
        """
        CREATE TABLE paseto_sessions (
            id TEXT PRIMARY KEY,
            subject TEXT NOT NULL,
            created DOUBLE PRECISION NOT NULL,
            last_used DOUBLE PRECISION NOT NULL,
            login_user_agent TEXT NOT NULL,
            login_address TEXT NOT NULL,
            last_user_agent TEXT NOT NULL,
            last_address TEXT NOT NULL,
            absolute_expiry DOUBLE PRECISION NOT NULL,
            revoked_at DOUBLE PRECISION
        )
        """,
        "CREATE INDEX paseto_sessions_by_subject ON paseto_sessions (subject)",
        "CREATE INDEX paseto_sessions_by_expiry ON paseto_sessions (absolute_expiry)",
        """
        CREATE TABLE paseto_refresh_tokens (
            hash BYTEA PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES paseto_sessions (id) ON DELETE CASCADE,
            issued DOUBLE PRECISION NOT NULL,
            idle_expiry DOUBLE PRECISION NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('active', 'used', 'revoked')),
            used DOUBLE PRECISION,
            grace_used BOOLEAN NOT NULL DEFAULT false,
            successor BYTEA
        )
        """,
        "CREATE INDEX paseto_refresh_tokens_by_session ON paseto_refresh_tokens (session_id)",
        """
        CREATE TABLE paseto_subject_versions (
            subject TEXT PRIMARY KEY,
            version BIGINT NOT NULL
        )
        """,
        """
        CREATE TABLE paseto_revocation_events (
            sequence BIGINT PRIMARY KEY,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            subject_version BIGINT NOT NULL DEFAULT 0,
            until DOUBLE PRECISION NOT NULL
        )
        """,
        "CREATE INDEX paseto_revocation_events_by_until ON paseto_revocation_events (until)",
        """
        CREATE TABLE paseto_revocation_sequence (
            only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
            value BIGINT NOT NULL
        )
        """,
        "INSERT INTO paseto_revocation_sequence (value) VALUES (0)",
    ]

    /// Brings the database to the newest version this build knows.
    ///
    /// - Throws: ``PostgresSessionStoreError`` `newer-schema` when the database has versions this build
    ///   does not know; postgres-nio's errors.
    static func migrate(
        on connection: PostgresConnection,
        schema: String?,
        creatingTables: Bool,
        logger: Logger
    ) async throws {
        guard creatingTables else { return try await check(on: connection, logger: logger) }
        try await connection.withTransaction(logger: logger) { connection in
            // One lock per schema, taken before anything is created: instances on other schemas of the
            // database do not wait on each other.
            let lockName = "paseto-sessions-migrations:" + (schema ?? "")
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(lockName)))", logger: logger)
            if let schema {
                // DDL takes no bind parameters; the name was checked to be a plain identifier.
                try await connection.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: schema)", logger: logger)
            }
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS paseto_schema_versions (
                    version TEXT PRIMARY KEY,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """,
                logger: logger
            )
            var applied: Set<String> = []
            for try await version in try await connection.query(
                "SELECT version FROM paseto_schema_versions",
                logger: logger
            ).decode(String.self) {
                applied.insert(version)
            }
            let unknown = applied.subtracting(versions)
            guard unknown.isEmpty else {
                throw PostgresSessionStoreError(
                    .newerSchema,
                    "the database has schema versions this build does not know (\(unknown.sorted().joined(separator: ", ")))"
                )
            }
            for version in versions where !applied.contains(version) {
                for statement in v1 { try await connection.query(statement, logger: logger) }
                try await connection.query(
                    "INSERT INTO paseto_schema_versions (version) VALUES (\(version))",
                    logger: logger
                )
            }
        }
    }

    /// Refuses a database without the newest tables, changing nothing.
    static func check(on connection: PostgresConnection, logger: Logger) async throws {
        var exists = false
        for try await found in try await connection.query(
            "SELECT to_regclass('paseto_schema_versions') IS NOT NULL",
            logger: logger
        ).decode(Bool.self) {
            exists = found
        }
        var applied: Set<String> = []
        if exists {
            for try await version in try await connection.query(
                "SELECT version FROM paseto_schema_versions",
                logger: logger
            ).decode(String.self) {
                applied.insert(version)
            }
        }
        guard applied.isSuperset(of: versions) else {
            throw PostgresSessionStoreError(.missingSchema, "the database has no session store of this version")
        }
        guard applied.isSubset(of: versions) else {
            throw PostgresSessionStoreError(.newerSchema, "the database has schema versions this build does not know")
        }
    }

    /// Whether `name` is a plain lower-case identifier, safe to name a schema without quoting.
    static func isPlainIdentifier(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 63, first == UInt8(ascii: "_") || (97...122).contains(first)
        else { return false }
        return bytes.allSatisfy { $0 == UInt8(ascii: "_") || (97...122).contains($0) || (48...57).contains($0) }
    }
}
