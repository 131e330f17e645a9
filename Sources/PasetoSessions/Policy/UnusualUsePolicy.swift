/// Decides what to do when a session is used from a client that differs from the one that logged in.
///
/// Consulted at every refresh, and at authentication when ``SessionManager`` is given a context there.
/// Return ``UnusualUseDecision/requireReauthentication`` to revoke the session and refuse, or
/// ``UnusualUseDecision/deny`` to refuse this request only.
public protocol UnusualUsePolicy: Sendable {
    /// The decision for a request from `current` on a session that logged in from `login` (and was last
    /// refreshed from `session.lastContext`).
    func decide(session: SessionRecord, login: ClientContext, current: ClientContext) -> UnusualUseDecision
}

/// What an ``UnusualUsePolicy`` decided.
public enum UnusualUseDecision: Hashable, Sendable {
    /// Go on.
    case allow
    /// Revoke the session and refuse (`reauthentication-required`): the user must log in again.
    case requireReauthentication
    /// Refuse this request (`denied`); the session stays as it was.
    case deny
}

/// The default policy: a different user agent than at login requires a new login; a new address alone
/// (a phone moving between networks) is allowed.
public struct UserAgentChangePolicy: UnusualUsePolicy {
    /// The policy.
    public init() {}

    /// ``UnusualUseDecision/requireReauthentication`` when the user agent differs from the login's.
    public func decide(session: SessionRecord, login: ClientContext, current: ClientContext) -> UnusualUseDecision {
        current.bounded().userAgent == login.userAgent ? .allow : .requireReauthentication
    }
}

/// A policy that allows everything.
public struct AllowAllPolicy: UnusualUsePolicy {
    /// The policy.
    public init() {}

    /// Always ``UnusualUseDecision/allow``.
    public func decide(session: SessionRecord, login: ClientContext, current: ClientContext) -> UnusualUseDecision {
        .allow
    }
}
