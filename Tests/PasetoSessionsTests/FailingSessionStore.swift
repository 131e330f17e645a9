import Foundation
import PasetoSessions
import Synchronization

/// An in-memory store that throws from every call while `failing` is set, as a full disk or a lost
/// database would.
final class FailingSessionStore: SessionStore {
    struct Failure: Error {}

    private let inner = InMemorySessionStore()
    private let flag = Mutex(true)
    private let eventReads = Atomic<Int>(0)

    /// How many times `revocationEvents` was called.
    var eventReadCount: Int { eventReads.load(ordering: .relaxed) }

    var failing: Bool {
        get { flag.withLock { $0 } }
        set { flag.withLock { $0 = newValue } }
    }

    private func check() throws { if failing { throw Failure() } }

    func createSession(_ session: SessionRecord, refreshToken: RefreshTokenRecord) async throws {
        try check()
        try await inner.createSession(session, refreshToken: refreshToken)
    }
    func refreshToken(_ hash: RefreshTokenHash) async throws -> (token: RefreshTokenRecord, session: SessionRecord)? {
        try check()
        return try await inner.refreshToken(hash)
    }
    func session(_ id: String) async throws -> SessionRecord? {
        try check()
        return try await inner.session(id)
    }
    func rotate(
        _ presented: RefreshTokenHash,
        replacement: RefreshTokenRecord,
        context: ClientContext,
        at now: Date,
        graceWindow: Duration
    ) async throws -> RotationOutcome {
        try check()
        return try await inner.rotate(
            presented,
            replacement: replacement,
            context: context,
            at: now,
            graceWindow: graceWindow
        )
    }
    func revokeSession(_ sessionID: String, at now: Date) async throws -> Bool {
        try check()
        return try await inner.revokeSession(sessionID, at: now)
    }
    func revokeSubject(_ subject: String, at now: Date) async throws -> Int {
        try check()
        return try await inner.revokeSubject(subject, at: now)
    }
    func revokeTokenID(_ tokenID: String, until expiry: Date, at now: Date) async throws {
        try check()
        try await inner.revokeTokenID(tokenID, until: expiry, at: now)
    }
    func subjectVersion(_ subject: String) async throws -> Int {
        try check()
        return try await inner.subjectVersion(subject)
    }
    func revocationEvents(after sequence: Int64, at now: Date) async throws -> [RevocationEvent] {
        eventReads.add(1, ordering: .relaxed)
        try await Task.sleep(for: .milliseconds(20))
        try check()
        return try await inner.revocationEvents(after: sequence, at: now)
    }
    func sessions(of subject: String, at now: Date) async throws -> [SessionRecord] {
        try check()
        return try await inner.sessions(of: subject, at: now)
    }
    func purgeExpired(at now: Date) async throws -> Int {
        try check()
        return try await inner.purgeExpired(at: now)
    }
}
