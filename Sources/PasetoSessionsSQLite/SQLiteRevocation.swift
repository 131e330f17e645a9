import Foundation
import GRDB
import PasetoSessions

/// Revocations and their events.
enum SQLiteRevocation {
    static func revokeSession(_ sessionID: String, at now: Date, in db: Database) throws -> Bool {
        let instant = now.timeIntervalSince1970
        try db.execute(
            sql: "UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND absolute_expiry > ?",
            arguments: [instant, sessionID, instant]
        )
        guard db.changesCount == 1 else { return false }
        try db.execute(
            sql: "UPDATE refresh_tokens SET state = 'revoked' WHERE session_id = ? AND state = 'active'",
            arguments: [sessionID]
        )
        let expiry = try Double.fetchOne(
            db,
            sql: "SELECT absolute_expiry FROM sessions WHERE id = ?",
            arguments: [sessionID]
        )
        try appendEvent(.session, sessionID, until: Date(timeIntervalSince1970: expiry ?? instant), in: db)
        return true
    }

    static func revokeSubject(_ subject: String, at now: Date, in db: Database) throws -> Int {
        let instant = now.timeIntervalSince1970
        let live = try Row.fetchAll(
            db,
            sql:
                "SELECT id, absolute_expiry FROM sessions WHERE subject = ? AND revoked_at IS NULL AND absolute_expiry > ?",
            arguments: [subject, instant]
        )
        for row in live {
            let id: String = row["id"]
            _ = try revokeSession(id, at: now, in: db)
        }
        // No access token outlives its session: the event matters until the last unexpired session of the
        // subject (live or revoked) ends.
        let latest = try Double.fetchOne(
            db,
            sql: "SELECT MAX(absolute_expiry) FROM sessions WHERE subject = ?",
            arguments: [subject]
        )
        let until = max(latest ?? instant, instant)
        try db.execute(
            sql: """
                INSERT INTO subject_versions (subject, version) VALUES (?, 1)
                ON CONFLICT(subject) DO UPDATE SET version = version + 1
                """,
            arguments: [subject]
        )
        let version = try subjectVersion(subject, in: db)
        try appendEvent(.subject, subject, version: version, until: Date(timeIntervalSince1970: until), in: db)
        return live.count
    }

    static func subjectVersion(_ subject: String, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT version FROM subject_versions WHERE subject = ?", arguments: [subject]) ?? 0
    }

    static func appendEvent(
        _ kind: RevocationEvent.Kind,
        _ value: String,
        version: Int = 0,
        until: Date,
        in db: Database
    ) throws {
        try db.execute(
            sql: "INSERT INTO revocation_events (kind, value, subject_version, until) VALUES (?, ?, ?, ?)",
            arguments: [kind.rawValue, value, version, until.timeIntervalSince1970]
        )
    }

    static func events(after sequence: Int64, at now: Date, in db: Database) throws -> [RevocationEvent] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM revocation_events WHERE sequence > ? AND until > ? ORDER BY sequence",
            arguments: [sequence, now.timeIntervalSince1970]
        ).compactMap { row in
            let kind: String = row["kind"]
            guard let kind = RevocationEvent.Kind(rawValue: kind) else { return nil }
            return RevocationEvent(
                sequence: row["sequence"],
                kind: kind,
                value: row["value"],
                subjectVersion: row["subject_version"],
                until: Date(timeIntervalSince1970: row["until"])
            )
        }
    }
}
