import Foundation
import Logging
import PasetoSessions
import PostgresNIO

/// Records to rows and back. Every value travels as a bound parameter; the only text put into SQL is the
/// constant column lists below.
enum PostgresRows {
    /// The columns of `paseto_sessions`, in the order ``session(from:)`` decodes them.
    static let sessionColumns = """
        id, subject, created, last_used, login_user_agent, login_address, last_user_agent, last_address,
        absolute_expiry, revoked_at
        """

    /// The columns of `paseto_refresh_tokens` that ``refreshToken(from:)`` decodes.
    static let tokenColumns = "hash, session_id, issued, idle_expiry, state, used, grace_used"

    typealias SessionRow = (String, String, Double, Double, String, String, String, String, Double, Double?)
    typealias TokenRow = (Data, String, Double, Double, String, Double?, Bool)

    static func insert(_ session: SessionRecord, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            """
            INSERT INTO paseto_sessions (\(unescaped: sessionColumns))
            VALUES (\(session.id), \(session.subject), \(session.created.timeIntervalSince1970),
                \(session.lastUsed.timeIntervalSince1970), \(session.loginContext.userAgent),
                \(session.loginContext.address), \(session.lastContext.userAgent), \(session.lastContext.address),
                \(session.absoluteExpiry.timeIntervalSince1970), \(session.revokedAt?.timeIntervalSince1970))
            """,
            logger: logger
        )
    }

    static func insert(_ token: RefreshTokenRecord, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            """
            INSERT INTO paseto_refresh_tokens (\(unescaped: tokenColumns))
            VALUES (\(Data(token.hash.bytes)), \(token.sessionID), \(token.issued.timeIntervalSince1970),
                \(token.idleExpiry.timeIntervalSince1970), \(token.state.rawValue), \(token.used?.timeIntervalSince1970),
                \(token.graceUsed))
            """,
            logger: logger
        )
    }

    static func session(_ id: String, on connection: PostgresConnection, logger: Logger) async throws -> SessionRecord?
    {
        try await sessions(
            connection.query(
                "SELECT \(unescaped: sessionColumns) FROM paseto_sessions WHERE id = \(id)",
                logger: logger
            )
        ).first
    }

    static func refreshToken(
        _ hash: RefreshTokenHash,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> RefreshTokenRecord? {
        let rows = try await connection.query(
            "SELECT \(unescaped: tokenColumns) FROM paseto_refresh_tokens WHERE hash = \(Data(hash.bytes))",
            logger: logger
        )
        for try await row in rows.decode(TokenRow.self) { return refreshToken(from: row) }
        return nil
    }

    /// The refresh token with `hash` and its session, in one query.
    static func refreshTokenWithSession(
        _ hash: RefreshTokenHash,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> TokenAndSession? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: qualified(tokenColumns, "t")), \(unescaped: qualified(sessionColumns, "s"))
            FROM paseto_refresh_tokens t JOIN paseto_sessions s ON s.id = t.session_id
            WHERE t.hash = \(Data(hash.bytes))
            """,
            logger: logger
        )
        for try await row in rows.decode(
            (
                Data, String, Double, Double, String, Double?, Bool, String, String, Double, Double, String, String,
                String,
                String, Double, Double?
            ).self
        ) {
            guard
                let token = refreshToken(from: (row.0, row.1, row.2, row.3, row.4, row.5, row.6))
            else { return nil }
            let session = session(
                from: (row.7, row.8, row.9, row.10, row.11, row.12, row.13, row.14, row.15, row.16)
            )
            return TokenAndSession(token: token, session: session)
        }
        return nil
    }

    /// A refresh token and its session, read together.
    struct TokenAndSession: Sendable {
        let token: RefreshTokenRecord
        let session: SessionRecord
    }

    /// `columns` (a constant list above), each prefixed by `alias.`.
    static func qualified(_ columns: String, _ alias: String) -> String {
        columns.split(separator: ",").map { "\(alias).\($0.trimmingCharacters(in: .whitespacesAndNewlines))" }
            .joined(separator: ", ")
    }

    /// Every session of `rows`, which selected ``sessionColumns``.
    static func sessions(_ rows: PostgresRowSequence) async throws -> [SessionRecord] {
        var sessions: [SessionRecord] = []
        for try await row in rows.decode(SessionRow.self) { sessions.append(session(from: row)) }
        return sessions
    }

    static func session(from row: SessionRow) -> SessionRecord {
        SessionRecord(
            id: row.0,
            subject: row.1,
            created: Date(timeIntervalSince1970: row.2),
            lastUsed: Date(timeIntervalSince1970: row.3),
            loginContext: ClientContext(userAgent: row.4, address: row.5),
            lastContext: ClientContext(userAgent: row.6, address: row.7),
            absoluteExpiry: Date(timeIntervalSince1970: row.8),
            revokedAt: row.9.map(Date.init(timeIntervalSince1970:))
        )
    }

    static func refreshToken(from row: TokenRow) -> RefreshTokenRecord? {
        guard let hash = RefreshTokenHash(bytes: Array(row.0)) else { return nil }
        return RefreshTokenRecord(
            hash: hash,
            sessionID: row.1,
            issued: Date(timeIntervalSince1970: row.2),
            idleExpiry: Date(timeIntervalSince1970: row.3),
            state: RefreshTokenRecord.State(rawValue: row.4) ?? .revoked,
            used: row.5.map(Date.init(timeIntervalSince1970:)),
            graceUsed: row.6
        )
    }
}
