import Foundation
import Logging
import PasetoSessions
import PostgresNIO

/// Refresh-token rotation. The claim is one conditional `UPDATE … RETURNING` (the token must still be
/// active and its session live, the session row locked first): of concurrent refreshes with one token,
/// exactly one gets a row back, on one instance or many. When it gets none, a transaction that locks the
/// session decides what the presented token means (a grace replay, a reuse, an expired or revoked token).
enum PostgresRotation {
    /// The common case in one statement and one round trip: the session locked, the token claimed, the
    /// replacement stored and the session touched; `nil` when the token could not be claimed.
    static func claim(
        _ presented: RefreshTokenHash,
        replacement: RefreshTokenRecord,
        context: ClientContext,
        at now: Date,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> SessionRecord? {
        let instant = now.timeIntervalSince1970
        let hash = Data(presented.bytes)
        let rows = try await connection.query(
            """
            WITH live AS (
                SELECT id FROM paseto_sessions
                WHERE id = (SELECT session_id FROM paseto_refresh_tokens WHERE hash = \(hash))
                    AND revoked_at IS NULL AND absolute_expiry > \(instant)
                FOR UPDATE
            ), claimed AS (
                UPDATE paseto_refresh_tokens SET state = 'used', used = \(instant), successor = \(Data(replacement.hash.bytes))
                WHERE hash = \(hash) AND state = 'active' AND idle_expiry > \(instant)
                    AND session_id IN (SELECT id FROM live)
                RETURNING session_id
            ), stored AS (
                INSERT INTO paseto_refresh_tokens (\(unescaped: PostgresRows.tokenColumns))
                SELECT \(Data(replacement.hash.bytes)), session_id, \(replacement.issued.timeIntervalSince1970),
                    \(replacement.idleExpiry.timeIntervalSince1970), 'active', NULL, false
                FROM claimed
            )
            UPDATE paseto_sessions SET last_used = \(instant), last_user_agent = \(context.userAgent),
                last_address = \(context.address)
            FROM claimed WHERE paseto_sessions.id = claimed.session_id
            RETURNING \(unescaped: PostgresRows.sessionColumns)
            """,
            logger: logger
        )
        return try await PostgresRows.sessions(rows).first
    }

    /// The general case, inside the caller's transaction; `context` is already bounded by the store.
    static func decideAndApply(
        _ presented: RefreshTokenHash,
        replacement: RefreshTokenRecord,
        context: ClientContext,
        at now: Date,
        graceWindow: Duration,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> RotationOutcome {
        let hash = Data(presented.bytes)
        guard
            let session = try await PostgresRows.sessions(
                connection.query(
                    """
                    SELECT \(unescaped: PostgresRows.sessionColumns) FROM paseto_sessions
                    WHERE id = (SELECT session_id FROM paseto_refresh_tokens WHERE hash = \(hash)) FOR UPDATE
                    """,
                    logger: logger
                )
            ).first,
            let token = try await PostgresRows.refreshToken(presented, on: connection, logger: logger)
        else { return .unknown }
        let successorActive = try await successorIsActive(of: hash, on: connection, logger: logger)
        let decision = RotationDecision.decide(token: token, session: session, at: now, graceWindow: graceWindow) {
            successorActive
        }
        switch decision {
        case .unusable(let reason):
            return .unusable(reason)
        case .rotate:
            let claimed = try await claim(
                presented,
                replacement: replacement,
                context: context,
                at: now,
                on: connection,
                logger: logger
            )
            return claimed.map(RotationOutcome.rotated) ?? .unusable(.expired)
        case .graceReplay:
            var marked = false
            for try await _ in try await connection.query(
                """
                UPDATE paseto_refresh_tokens SET grace_used = true
                WHERE hash = \(hash) AND state = 'used' AND NOT grace_used RETURNING hash
                """,
                logger: logger
            ) {
                marked = true
            }
            guard marked else { return .unusable(.revoked) }
            try await PostgresRows.insert(replacement, on: connection, logger: logger)
            return .graceAccepted(
                try await touch(session, context: context, at: now, on: connection, logger: logger)
            )
        case .reuse:
            _ = try await PostgresRevocation.revokeSession(session.id, at: now, on: connection, logger: logger)
            return .reused(try await PostgresRows.session(session.id, on: connection, logger: logger) ?? session)
        }
    }

    private static func successorIsActive(
        of hash: Data,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> Bool {
        for try await state in try await connection.query(
            """
            SELECT s.state FROM paseto_refresh_tokens t JOIN paseto_refresh_tokens s ON s.hash = t.successor
            WHERE t.hash = \(hash)
            """,
            logger: logger
        ).decode(String.self) {
            return state == "active"
        }
        return false
    }

    private static func touch(
        _ session: SessionRecord,
        context: ClientContext,
        at now: Date,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> SessionRecord {
        try await connection.query(
            """
            UPDATE paseto_sessions SET last_used = \(now.timeIntervalSince1970), last_user_agent = \(context.userAgent),
                last_address = \(context.address)
            WHERE id = \(session.id)
            """,
            logger: logger
        )
        var updated = session
        updated.lastUsed = now
        updated.lastContext = context
        return updated
    }
}
