import Foundation
import GRDB
import PasetoSessions

/// Records to rows and back.
enum SQLiteRows {
    static func insert(_ session: SessionRecord, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO sessions (id, subject, created, last_used, login_user_agent, login_address,
                    last_user_agent, last_address, absolute_expiry, revoked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                session.id, session.subject, session.created.timeIntervalSince1970,
                session.lastUsed.timeIntervalSince1970, session.loginContext.userAgent, session.loginContext.address,
                session.lastContext.userAgent, session.lastContext.address,
                session.absoluteExpiry.timeIntervalSince1970, session.revokedAt?.timeIntervalSince1970,
            ]
        )
    }

    static func insert(_ token: RefreshTokenRecord, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO refresh_tokens (hash, session_id, issued, idle_expiry, state, used, grace_used)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                Data(token.hash.bytes), token.sessionID, token.issued.timeIntervalSince1970,
                token.idleExpiry.timeIntervalSince1970, token.state.rawValue, token.used?.timeIntervalSince1970,
                token.graceUsed,
            ]
        )
    }

    static func session(_ id: String, in db: Database) throws -> SessionRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM sessions WHERE id = ?", arguments: [id]).map(session(from:))
    }

    static func session(from row: Row) -> SessionRecord {
        let revokedAt: Double? = row["revoked_at"]
        return SessionRecord(
            id: row["id"],
            subject: row["subject"],
            created: Date(timeIntervalSince1970: row["created"]),
            lastUsed: Date(timeIntervalSince1970: row["last_used"]),
            loginContext: ClientContext(userAgent: row["login_user_agent"], address: row["login_address"]),
            lastContext: ClientContext(userAgent: row["last_user_agent"], address: row["last_address"]),
            absoluteExpiry: Date(timeIntervalSince1970: row["absolute_expiry"]),
            revokedAt: revokedAt.map(Date.init(timeIntervalSince1970:))
        )
    }

    static func refreshToken(_ hash: RefreshTokenHash, in db: Database) throws -> RefreshTokenRecord? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT * FROM refresh_tokens WHERE hash = ?",
                arguments: [Data(hash.bytes)]
            )
        else { return nil }
        let state: String = row["state"]
        let used: Double? = row["used"]
        return RefreshTokenRecord(
            hash: hash,
            sessionID: row["session_id"],
            issued: Date(timeIntervalSince1970: row["issued"]),
            idleExpiry: Date(timeIntervalSince1970: row["idle_expiry"]),
            state: RefreshTokenRecord.State(rawValue: state) ?? .revoked,
            used: used.map(Date.init(timeIntervalSince1970:)),
            graceUsed: row["grace_used"]
        )
    }
}
