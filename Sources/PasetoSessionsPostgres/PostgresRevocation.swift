import Foundation
import Logging
import PasetoSessions
import PostgresNIO

/// Revocations and their events, each inside the caller's transaction. Rows are locked in one order
/// everywhere (sessions, then refresh tokens, then the event counter) so that concurrent revocations and
/// rotations never deadlock.
enum PostgresRevocation {
    static func revokeSession(
        _ sessionID: String,
        at now: Date,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> Bool {
        let instant = now.timeIntervalSince1970
        let revoked = try await connection.query(
            """
            UPDATE paseto_sessions SET revoked_at = \(instant)
            WHERE id = \(sessionID) AND revoked_at IS NULL AND absolute_expiry > \(instant)
            RETURNING absolute_expiry
            """,
            logger: logger
        )
        var expiry: Double?
        for try await value in revoked.decode(Double.self) { expiry = value }
        guard let expiry else { return false }
        try await connection.query(
            "UPDATE paseto_refresh_tokens SET state = 'revoked' WHERE session_id = \(sessionID) AND state = 'active'",
            logger: logger
        )
        try await appendEvent(.session, sessionID, until: expiry, on: connection, logger: logger)
        return true
    }

    static func revokeSubject(
        _ subject: String,
        at now: Date,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> Int {
        let instant = now.timeIntervalSince1970
        var live: [String] = []
        for try await id in try await connection.query(
            """
            SELECT id FROM paseto_sessions
            WHERE subject = \(subject) AND revoked_at IS NULL AND absolute_expiry > \(instant)
            ORDER BY id FOR UPDATE
            """,
            logger: logger
        ).decode(String.self) {
            live.append(id)
        }
        for id in live { _ = try await revokeSession(id, at: now, on: connection, logger: logger) }
        // No access token outlives its session: the event matters until the last session of the subject ends.
        var latest: Double?
        for try await value in try await connection.query(
            "SELECT MAX(absolute_expiry) FROM paseto_sessions WHERE subject = \(subject)",
            logger: logger
        ).decode(Double?.self) {
            latest = value
        }
        var version = 0
        for try await value in try await connection.query(
            """
            INSERT INTO paseto_subject_versions (subject, version) VALUES (\(subject), 1)
            ON CONFLICT (subject) DO UPDATE SET version = paseto_subject_versions.version + 1
            RETURNING version
            """,
            logger: logger
        ).decode(Int.self) {
            version = value
        }
        try await appendEvent(
            .subject,
            subject,
            version: version,
            until: max(latest ?? instant, instant),
            on: connection,
            logger: logger
        )
        return live.count
    }

    static func subjectVersion(_ subject: String, on connection: PostgresConnection, logger: Logger) async throws -> Int
    {
        for try await version in try await connection.query(
            "SELECT version FROM paseto_subject_versions WHERE subject = \(subject)",
            logger: logger
        ).decode(Int.self) {
            return version
        }
        return 0
    }

    /// Appends an event numbered by the counter row (locked until commit, so numbers commit in order and
    /// without gaps) and notifies it; listeners receive the notification once the transaction commits.
    static func appendEvent(
        _ kind: RevocationEvent.Kind,
        _ value: String,
        version: Int = 0,
        until: Double,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws {
        var sequence: Int64 = 0
        for try await number in try await connection.query(
            """
            WITH next AS (UPDATE paseto_revocation_sequence SET value = value + 1 RETURNING value)
            INSERT INTO paseto_revocation_events (sequence, kind, value, subject_version, until)
            SELECT value, \(kind.rawValue), \(value), \(version), \(until) FROM next
            RETURNING sequence
            """,
            logger: logger
        ).decode(Int64.self) {
            sequence = number
        }
        try await connection.query(
            "SELECT pg_notify(\(PostgresSessionSchema.channel), \(String(sequence)))",
            logger: logger
        )
    }

    static func events(
        after sequence: Int64,
        at now: Date,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> [RevocationEvent] {
        var events: [RevocationEvent] = []
        for try await (number, kind, value, version, until) in try await connection.query(
            """
            SELECT sequence, kind, value, subject_version, until FROM paseto_revocation_events
            WHERE sequence > \(sequence) AND until > \(now.timeIntervalSince1970) ORDER BY sequence
            """,
            logger: logger
        ).decode((Int64, String, String, Int, Double).self) {
            guard let kind = RevocationEvent.Kind(rawValue: kind) else { continue }
            events.append(
                RevocationEvent(
                    sequence: number,
                    kind: kind,
                    value: value,
                    subjectVersion: version,
                    until: Date(timeIntervalSince1970: until)
                )
            )
        }
        return events
    }
}
