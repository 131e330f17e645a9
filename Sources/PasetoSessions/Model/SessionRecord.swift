public import Foundation

/// A login: one subject on one client, from its first token pair until logout, revocation or expiry.
public struct SessionRecord: Hashable, Sendable {
    /// The session id, `sid` in every access token of the session (random, 128 bits, base64url).
    public let id: String
    /// The user the session belongs to (`sub`).
    public let subject: String
    /// When the session was opened.
    public let created: Date
    /// When a refresh last succeeded (or the login, before the first refresh).
    public var lastUsed: Date
    /// The client at login.
    public let loginContext: ClientContext
    /// The client at the last refresh.
    public var lastContext: ClientContext
    /// The end of the session however often it is refreshed (login + the absolute lifetime).
    public let absoluteExpiry: Date
    /// When the session was revoked, if it was.
    public var revokedAt: Date?

    /// A session record, as a store returns it.
    public init(
        id: String,
        subject: String,
        created: Date,
        lastUsed: Date,
        loginContext: ClientContext,
        lastContext: ClientContext,
        absoluteExpiry: Date,
        revokedAt: Date? = nil
    ) {
        self.id = id
        self.subject = subject
        self.created = created
        self.lastUsed = lastUsed
        self.loginContext = loginContext
        self.lastContext = lastContext
        self.absoluteExpiry = absoluteExpiry
        self.revokedAt = revokedAt
    }

    /// Whether the session can still be used at `now`: not revoked and before its absolute expiry.
    public func isLive(at now: Date) -> Bool { revokedAt == nil && now < absoluteExpiry }
}
