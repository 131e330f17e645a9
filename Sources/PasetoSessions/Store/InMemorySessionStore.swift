public import Foundation
import Synchronization

/// A ``SessionStore`` in this process's memory: for tests, single-instance services that may lose their
/// sessions on restart, and as the reference the conformance suite is checked against.
///
/// Every call is atomic (one lock); nothing survives the process.
public final class InMemorySessionStore: SessionStore {
    private struct State {
        var sessions: [String: SessionRecord] = [:]
        var tokens: [RefreshTokenHash: RefreshTokenRecord] = [:]
        /// For each used-up token, the token that replaced it.
        var successors: [RefreshTokenHash: RefreshTokenHash] = [:]
        var subjectVersions: [String: Int] = [:]
        var events: [RevocationEvent] = []
        var nextSequence: Int64 = 1
    }

    private let state = Mutex(State())

    /// An empty store.
    public init() {}

    /// ``SessionStore``'s `createSession`, in one critical section.
    public func createSession(_ session: SessionRecord, refreshToken: RefreshTokenRecord) async throws {
        state.withLock {
            $0.sessions[session.id] = session
            $0.tokens[refreshToken.hash] = refreshToken
        }
    }

    /// ``SessionStore``'s `refreshToken`, in one critical section.
    public func refreshToken(
        _ hash: RefreshTokenHash
    ) async throws -> (token: RefreshTokenRecord, session: SessionRecord)? {
        state.withLock { state in
            guard let token = state.tokens[hash], let session = state.sessions[token.sessionID] else { return nil }
            return (token, session)
        }
    }

    /// ``SessionStore``'s `session`, in one critical section.
    public func session(_ id: String) async throws -> SessionRecord? {
        state.withLock { $0.sessions[id] }
    }

    /// ``SessionStore``'s `rotate`, in one critical section.
    public func rotate(
        _ presented: RefreshTokenHash,
        replacement: RefreshTokenRecord,
        context: ClientContext,
        at now: Date,
        graceWindow: Duration
    ) async throws -> RotationOutcome {
        state.withLock { state in
            guard var token = state.tokens[presented], var session = state.sessions[token.sessionID] else {
                return .unknown
            }
            let decision = RotationDecision.decide(token: token, session: session, at: now, graceWindow: graceWindow) {
                state.successors[presented].flatMap { state.tokens[$0] }?.state == .active
            }
            switch decision {
            case .unusable(let reason):
                return .unusable(reason)
            case .reuse:
                Self.revoke(sessionID: session.id, at: now, in: &state)
                return .reused(state.sessions[session.id] ?? session)
            case .rotate:
                token.state = .used
                token.used = now
                state.successors[presented] = replacement.hash
            case .graceReplay:
                token.graceUsed = true
            }
            state.tokens[presented] = token
            state.tokens[replacement.hash] = replacement
            session.lastUsed = now
            session.lastContext = context.bounded()
            state.sessions[session.id] = session
            return decision == .rotate ? .rotated(session) : .graceAccepted(session)
        }
    }

    /// ``SessionStore``'s `revokeSession`, in one critical section.
    public func revokeSession(_ sessionID: String, at now: Date) async throws -> Bool {
        state.withLock { Self.revoke(sessionID: sessionID, at: now, in: &$0) }
    }

    /// ``SessionStore``'s `revokeSubject`, in one critical section.
    public func revokeSubject(_ subject: String, at now: Date) async throws -> Int {
        state.withLock { state in
            let live = state.sessions.values.filter { $0.subject == subject && $0.isLive(at: now) }
            for session in live { Self.revoke(sessionID: session.id, at: now, in: &state) }
            let version = (state.subjectVersions[subject] ?? 0) + 1
            state.subjectVersions[subject] = version
            // No access token outlives its session: the event matters until the last unexpired session of
            // the subject (live or revoked) ends.
            let until = state.sessions.values.filter { $0.subject == subject }.map(\.absoluteExpiry).max() ?? now
            Self.append(.subject, subject, version: version, until: max(until, now), in: &state)
            return live.count
        }
    }

    /// ``SessionStore``'s `revokeTokenID`, in one critical section.
    public func revokeTokenID(_ tokenID: String, until expiry: Date, at now: Date) async throws {
        state.withLock { Self.append(.tokenID, tokenID, until: expiry, in: &$0) }
    }

    /// ``SessionStore``'s `subjectVersion`, in one critical section.
    public func subjectVersion(_ subject: String) async throws -> Int {
        state.withLock { $0.subjectVersions[subject] ?? 0 }
    }

    /// ``SessionStore``'s `revocationEvents`, in one critical section.
    public func revocationEvents(after sequence: Int64, at now: Date) async throws -> [RevocationEvent] {
        state.withLock { state in state.events.filter { $0.sequence > sequence && $0.until > now } }
    }

    /// ``SessionStore``'s `sessions`, in one critical section.
    public func sessions(of subject: String, at now: Date) async throws -> [SessionRecord] {
        state.withLock { state in
            state.sessions.values.filter { $0.subject == subject && $0.isLive(at: now) }
                .sorted { ($0.created, $0.id) < ($1.created, $1.id) }
        }
    }

    /// ``SessionStore``'s `purgeExpired`, in one critical section.
    public func purgeExpired(at now: Date) async throws -> Int {
        state.withLock { state in
            let expired = Set(state.sessions.values.filter { now >= $0.absoluteExpiry }.map(\.id))
            let tokens = state.tokens.filter { expired.contains($0.value.sessionID) }.map(\.key)
            for hash in tokens {
                state.tokens[hash] = nil
                state.successors[hash] = nil
            }
            for id in expired { state.sessions[id] = nil }
            let eventCount = state.events.count
            state.events.removeAll { $0.until <= now }
            return expired.count + tokens.count + (eventCount - state.events.count)
        }
    }

    @discardableResult
    private static func revoke(sessionID: String, at now: Date, in state: inout State) -> Bool {
        guard var session = state.sessions[sessionID], session.isLive(at: now) else { return false }
        session.revokedAt = now
        state.sessions[sessionID] = session
        for (hash, token) in state.tokens where token.sessionID == sessionID && token.state == .active {
            state.tokens[hash]?.state = .revoked
        }
        append(.session, sessionID, until: session.absoluteExpiry, in: &state)
        return true
    }

    private static func append(
        _ kind: RevocationEvent.Kind,
        _ value: String,
        version: Int = 0,
        until: Date,
        in state: inout State
    ) {
        state.events.append(
            RevocationEvent(
                sequence: state.nextSequence,
                kind: kind,
                value: value,
                subjectVersion: version,
                until: until
            )
        )
        state.nextSequence += 1
    }
}
