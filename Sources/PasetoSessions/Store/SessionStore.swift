public import Foundation

/// Where sessions, refresh-token hashes and revocations live.
///
/// Every method commits its change before it returns, and is atomic: a failure (disk full, lock timeout,
/// a lost connection) throws and leaves nothing half-written. ``SessionManager`` turns any error a store
/// throws into `store-failure` and accepts nothing: a store that fails, fails closed.
///
/// The conformance suite (`SessionStoreConformance`) states the behaviour precisely and runs against every
/// store: ``InMemorySessionStore``, the SQLite store, and any store of yours.
public protocol SessionStore: Sendable {
    /// Records a new session and its first refresh token.
    func createSession(_ session: SessionRecord, refreshToken: RefreshTokenRecord) async throws

    /// The refresh token with `hash` and its session, or `nil` when no such token was ever issued (or it
    /// was purged).
    func refreshToken(_ hash: RefreshTokenHash) async throws -> (token: RefreshTokenRecord, session: SessionRecord)?

    /// The session with `id`, live or not; `nil` when there is none (or it was purged).
    func session(_ id: String) async throws -> SessionRecord?

    /// Uses up the refresh token `presented` and records `replacement` in its place, atomically: of any
    /// number of concurrent calls with one token, exactly one returns ``RotationOutcome/rotated(_:)``.
    ///
    /// - A live, unexpired, active token: marked used at `now`, `replacement` stored, the session's last use
    ///   and context updated: `.rotated(session)`.
    /// - A token used up at most `graceWindow` ago, that is the immediately previous one (its successor is
    ///   still active) and had no grace replay yet: `replacement` stored beside the successor, the token
    ///   marked as having had its grace: `.graceAccepted(session)`.
    /// - Any other used-up token: **the session is revoked** (its tokens, and a revocation event):
    ///   `.reused(session)`.
    /// - A revoked token, a revoked session, or a token or session past its expiry: `.unusable(reason)`,
    ///   nothing changed. An unknown token: `.unknown`.
    func rotate(
        _ presented: RefreshTokenHash,
        replacement: RefreshTokenRecord,
        context: ClientContext,
        at now: Date,
        graceWindow: Duration
    ) async throws -> RotationOutcome

    /// Revokes a session (its refresh tokens, and an event so every instance refuses its access tokens).
    ///
    /// - Returns: whether a live session was revoked.
    @discardableResult
    func revokeSession(_ sessionID: String, at now: Date) async throws -> Bool

    /// Revokes every session of `subject` and raises its token version by one (an event carrying the new
    /// version), so every access token issued before is refused.
    ///
    /// - Returns: the number of live sessions revoked.
    @discardableResult
    func revokeSubject(_ subject: String, at now: Date) async throws -> Int

    /// Revokes one access token by its `jti` until `expiry` (its `exp`), after which it is purged.
    func revokeTokenID(_ tokenID: String, until expiry: Date, at now: Date) async throws

    /// The token version of `subject` (0 until its first ``revokeSubject(_:at:)``).
    func subjectVersion(_ subject: String) async throws -> Int

    /// Every revocation event with a sequence number above `sequence` whose `until` is after `now`, in order.
    func revocationEvents(after sequence: Int64, at now: Date) async throws -> [RevocationEvent]

    /// The live sessions of `subject`, oldest first.
    func sessions(of subject: String, at now: Date) async throws -> [SessionRecord]

    /// Deletes what can no longer matter at `now`: sessions past their absolute expiry with their refresh
    /// tokens, and events past their `until`.
    ///
    /// - Returns: the number of rows (sessions, tokens, events) deleted.
    @discardableResult
    func purgeExpired(at now: Date) async throws -> Int
}

/// What ``SessionStore/rotate(_:replacement:context:at:graceWindow:)`` did.
public enum RotationOutcome: Hashable, Sendable {
    /// The token was used up and the replacement stored.
    case rotated(SessionRecord)
    /// A replay inside the grace window: the replacement stored beside the successor.
    case graceAccepted(SessionRecord)
    /// A used-up token presented again: the session is now revoked.
    case reused(SessionRecord)
    /// The token cannot be used; nothing changed.
    case unusable(UnusableReason)
    /// No token with this hash.
    case unknown

    /// Why a token cannot be used.
    public enum UnusableReason: String, Hashable, Sendable {
        /// The token, or its session, was revoked.
        case revoked
        /// The token passed its idle expiry, or its session its absolute expiry.
        case expired
    }
}
