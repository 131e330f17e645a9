import Foundation
import Synchronization

/// What this process knows of revocations: revoked sessions and token ids, and each subject's token
/// version, brought up to date from the store's events at most every `staleness`.
///
/// Checking an access token reads only this cache (one lock, a few dictionary look-ups): no store round
/// trip per request. A revocation made through this process is applied at once; one made elsewhere is
/// seen at the next sync, so at most `staleness` late.
final class RevocationCache: Sendable {
    private struct State {
        var sessions: [String: Date] = [:]
        var tokenIDs: [String: Date] = [:]
        var subjectVersions: [String: Int] = [:]
        var sequence: Int64 = 0
        var lastSync: Date?
    }

    private let state = Mutex(State())
    private let staleness: TimeInterval

    init(staleness: Duration) {
        self.staleness = staleness.seconds
    }

    /// Whether the cache must be synced before it answers at `now`.
    func needsSync(at now: Date) -> Bool {
        state.withLock { state in
            guard let lastSync = state.lastSync else { return true }
            return now.timeIntervalSince(lastSync) >= staleness || now < lastSync
        }
    }

    /// The sequence number the next sync starts after.
    var sequence: Int64 { state.withLock { $0.sequence } }

    /// Whether the cache was ever synced with its store.
    var wasSynced: Bool { state.withLock { $0.lastSync != nil } }

    /// Applies events read from the store by a read that started at `now` (reads may finish out of
    /// order: the cache stays as fresh as the latest read that started).
    func apply(_ events: [RevocationEvent], syncedAt now: Date) {
        state.withLock { state in
            for event in events { Self.apply(event, to: &state) }
            state.lastSync = max(state.lastSync ?? now, now)
            // Forget what no longer matters, so memory stays bounded by what is live.
            state.sessions = state.sessions.filter { $0.value > now }
            state.tokenIDs = state.tokenIDs.filter { $0.value > now }
        }
    }

    /// Applies one revocation made through this process, at once.
    func apply(_ event: RevocationEvent) {
        state.withLock { Self.apply(event, to: &$0) }
    }

    /// Why an access token with these claims is refused, or `nil` when it is not revoked.
    func refusal(sessionID: String, tokenID: String, subject: String, version: Int) -> String? {
        state.withLock { state in
            if state.sessions[sessionID] != nil { return "the session was revoked" }
            if state.tokenIDs[tokenID] != nil { return "the access token was revoked" }
            if version < state.subjectVersions[subject, default: 0] {
                return "every session of the subject was revoked"
            }
            return nil
        }
    }

    private static func apply(_ event: RevocationEvent, to state: inout State) {
        switch event.kind {
        case .session: state.sessions[event.value] = event.until
        case .tokenID: state.tokenIDs[event.value] = event.until
        case .subject:
            state.subjectVersions[event.value] = max(
                state.subjectVersions[event.value, default: 0],
                event.subjectVersion
            )
        }
        state.sequence = max(state.sequence, event.sequence)
    }
}
