import Foundation
import PasetoSessions

/// Sessions and tokens for the checks, at fixed instants.
enum ConformanceFixtures {
    static let start = Date(timeIntervalSince1970: 1_900_000_000)
    static let login = ClientContext(userAgent: "Conformance/1.0", address: "192.0.2.1")
    static let later = ClientContext(userAgent: "Conformance/1.0", address: "192.0.2.2")

    static func hash(_ seed: Int) -> RefreshTokenHash {
        var bytes = [UInt8](repeating: 0, count: 32)
        withUnsafeBytes(of: UInt64(seed).bigEndian) { bytes.replaceSubrange(24..<32, with: $0) }
        bytes[0] = 0xA5
        return RefreshTokenHash(bytes: bytes)!
    }

    static func session(_ id: String, subject: String = "alice", at created: Date = start) -> SessionRecord {
        SessionRecord(
            id: id,
            subject: subject,
            created: created,
            lastUsed: created,
            loginContext: login,
            lastContext: login,
            absoluteExpiry: created.addingTimeInterval(30 * 86_400)
        )
    }

    static func token(
        _ seed: Int,
        of session: SessionRecord,
        at issued: Date,
        idle: TimeInterval = 14 * 86_400
    )
        -> RefreshTokenRecord
    {
        RefreshTokenRecord(
            hash: hash(seed),
            sessionID: session.id,
            issued: issued,
            idleExpiry: min(issued.addingTimeInterval(idle), session.absoluteExpiry)
        )
    }

    /// Creates `session` with token `seed`.
    @discardableResult
    static func open(
        _ store: any SessionStore,
        _ id: String,
        token seed: Int,
        subject: String = "alice",
        at instant: Date = start
    ) async throws -> SessionRecord {
        let session = session(id, subject: subject, at: instant)
        try await store.createSession(session, refreshToken: token(seed, of: session, at: instant))
        return session
    }

    /// Rotates token `seed` of `session` to token `replacement`, issued at `now`.
    static func rotate(
        _ store: any SessionStore,
        _ seed: Int,
        to replacement: Int,
        of session: SessionRecord,
        at now: Date,
        grace: Duration
    ) async throws -> RotationOutcome {
        try await store.rotate(
            hash(seed),
            replacement: token(replacement, of: session, at: now),
            context: later,
            at: now,
            graceWindow: grace
        )
    }

    static func expect(_ condition: Bool, _ what: @autoclosure () -> String) throws {
        guard condition else { throw ConformanceFailure(what()) }
    }
}
