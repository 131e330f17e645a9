public import Foundation

/// What a login or a refresh hands to the client: an access token, a refresh token and the fingerprint
/// the access token is bound to. Put the refresh token and the fingerprint in `HttpOnly; Secure;
/// SameSite=Strict` cookies; the access token may live in memory of the page or in a cookie too.
public struct IssuedTokens: Sendable, CustomStringConvertible {
    /// The `v4.local` (or `v4.public`) access token.
    public let accessToken: String
    /// When ``accessToken`` expires.
    public let accessTokenExpiry: Date
    /// The opaque refresh token.
    public let refreshToken: RefreshToken
    /// The fingerprint cookie value.
    public let fingerprint: ClientFingerprint
    /// The session, as recorded.
    public let session: SessionRecord

    /// Shows the session id only.
    public var description: String { "IssuedTokens(session: \(session.id))" }
}

/// An access token that passed every check: its claims and its session id.
public struct AuthenticatedSession: Sendable, CustomStringConvertible {
    /// `sub`.
    public let subject: String
    /// The session id (`sid`).
    public let sessionID: String
    /// `jti`.
    public let tokenID: String
    /// `exp`.
    public let expiration: Date

    /// Shows the subject and session.
    public var description: String { "AuthenticatedSession(subject: \(subject), session: \(sessionID))" }
}
