import Foundation
import GRDB
import PasetoSessions

/// Refresh-token rotation inside one immediate transaction: the conditional update that claims the token
/// is the only way to a `.rotated` outcome, so of concurrent refreshes with one token exactly one wins,
/// in one process or several.
enum SQLiteRotation {
    static func rotate(
        _ presented: RefreshTokenHash,
        replacement: RefreshTokenRecord,
        context: ClientContext,
        at now: Date,
        graceWindow: Duration,
        in db: Database
    ) throws -> RotationOutcome {
        let instant = now.timeIntervalSince1970
        let hash = Data(presented.bytes)
        guard let token = try SQLiteRows.refreshToken(presented, in: db),
            let session = try SQLiteRows.session(token.sessionID, in: db)
        else { return .unknown }
        let decision = try RotationDecision.decide(token: token, session: session, at: now, graceWindow: graceWindow) {
            try successorIsActive(of: hash, in: db)
        }
        let bounded = context.bounded()
        switch decision {
        case .unusable(let reason):
            return .unusable(reason)
        case .rotate:
            try db.execute(
                sql: """
                    UPDATE refresh_tokens SET state = 'used', used = ?, successor = ?
                    WHERE hash = ? AND state = 'active' AND idle_expiry > ?
                    """,
                arguments: [instant, Data(replacement.hash.bytes), hash, instant]
            )
            guard db.changesCount == 1 else { return .unusable(.expired) }
            try SQLiteRows.insert(replacement, in: db)
            return .rotated(try touch(session, context: bounded, at: now, in: db))
        case .graceReplay:
            try db.execute(
                sql: "UPDATE refresh_tokens SET grace_used = 1 WHERE hash = ? AND grace_used = 0",
                arguments: [hash]
            )
            guard db.changesCount == 1 else { return .unusable(.revoked) }
            try SQLiteRows.insert(replacement, in: db)
            return .graceAccepted(try touch(session, context: bounded, at: now, in: db))
        case .reuse:
            _ = try SQLiteRevocation.revokeSession(session.id, at: now, in: db)
            return .reused(try SQLiteRows.session(session.id, in: db) ?? session)
        }
    }

    private static func successorIsActive(of hash: Data, in db: Database) throws -> Bool {
        let state = try String.fetchOne(
            db,
            sql: """
                SELECT s.state FROM refresh_tokens t JOIN refresh_tokens s ON s.hash = t.successor WHERE t.hash = ?
                """,
            arguments: [hash]
        )
        return state == "active"
    }

    private static func touch(
        _ session: SessionRecord,
        context: ClientContext,
        at now: Date,
        in db: Database
    ) throws -> SessionRecord {
        try db.execute(
            sql: "UPDATE sessions SET last_used = ?, last_user_agent = ?, last_address = ? WHERE id = ?",
            arguments: [now.timeIntervalSince1970, context.userAgent, context.address, session.id]
        )
        var updated = session
        updated.lastUsed = now
        updated.lastContext = context
        return updated
    }
}
