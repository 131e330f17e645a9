public import Foundation

/// What a store keeps of one refresh token: its hash, never the token.
public struct RefreshTokenRecord: Hashable, Sendable {
    /// The state of a refresh token.
    public enum State: String, Hashable, Sendable {
        /// Not used yet: the next refresh may use it.
        case active
        /// Used up by a refresh; kept until the session's absolute expiry so that a replay is recognised.
        case used
        /// Revoked with its session.
        case revoked
    }

    /// BLAKE2b-256 of the token.
    public let hash: RefreshTokenHash
    /// The session it belongs to.
    public let sessionID: String
    /// When it was issued.
    public let issued: Date
    /// When it stops working if unused (issued + the idle lifetime, capped at the session's absolute expiry).
    public let idleExpiry: Date
    /// Its state.
    public var state: State
    /// When it was used up, if it was.
    public var used: Date?
    /// Whether a replay inside the grace window was already accepted for it (at most one).
    public var graceUsed: Bool

    /// A record, as a store returns it.
    public init(
        hash: RefreshTokenHash,
        sessionID: String,
        issued: Date,
        idleExpiry: Date,
        state: State = .active,
        used: Date? = nil,
        graceUsed: Bool = false
    ) {
        self.hash = hash
        self.sessionID = sessionID
        self.issued = issued
        self.idleExpiry = idleExpiry
        self.state = state
        self.used = used
        self.graceUsed = graceUsed
    }
}
