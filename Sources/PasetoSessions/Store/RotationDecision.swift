package import Foundation

/// What a refresh with a presented token must do, decided from the token's and its session's records: the
/// rotation contract in one place, which every store applies in its own atomic step (a lock, a
/// transaction).
package enum RotationDecision: Hashable, Sendable {
    /// Use the active token up and store the replacement.
    case rotate
    /// A replay inside the grace window: store the replacement beside the successor, once.
    case graceReplay
    /// A used-up token presented again: revoke the session.
    case reuse
    /// Refuse, changing nothing.
    case unusable(RotationOutcome.UnusableReason)

    /// The decision at `now`.
    ///
    /// - Parameter successorIsActive: Whether the token that replaced a used-up `token` is still unused;
    ///   asked only for a used-up token, inside the grace window.
    package static func decide(
        token: RefreshTokenRecord,
        session: SessionRecord,
        at now: Date,
        graceWindow: Duration,
        successorIsActive: () throws -> Bool
    ) rethrows -> RotationDecision {
        if token.state == .revoked || session.revokedAt != nil { return .unusable(.revoked) }
        if now >= session.absoluteExpiry { return .unusable(.expired) }
        switch token.state {
        case .active:
            return now < token.idleExpiry ? .rotate : .unusable(.expired)
        case .used:
            guard let used = token.used, !token.graceUsed, graceWindow > .zero,
                now.timeIntervalSince(used) <= graceWindow.seconds, try successorIsActive()
            else { return .reuse }
            return .graceReplay
        case .revoked:
            return .unusable(.revoked)
        }
    }
}
