public import Foundation

/// One revocation, as every instance sharing a store learns it: a session, a subject (everywhere) or one
/// access token. Events carry the instant until which they matter, after which stores purge them.
public struct RevocationEvent: Hashable, Sendable {
    /// What was revoked.
    public enum Kind: String, Hashable, Sendable {
        /// A session (`value` is its `sid`): its refresh and access tokens.
        case session
        /// Every session of a subject (`value` is the `sub`); ``subjectVersion`` is its new token version.
        case subject
        /// One access token (`value` is its `jti`).
        case tokenID = "token-id"
    }

    /// The store's sequence number, increasing.
    public let sequence: Int64
    /// What was revoked.
    public let kind: Kind
    /// The `sid`, `sub` or `jti`.
    public let value: String
    /// For ``Kind/subject``: the subject's token version from now on; access tokens of older versions are
    /// refused.
    public let subjectVersion: Int
    /// Until when the event matters (a token's `exp`, a session's absolute expiry).
    public let until: Date

    /// An event, as a store returns it.
    public init(sequence: Int64, kind: Kind, value: String, subjectVersion: Int = 0, until: Date) {
        self.sequence = sequence
        self.kind = kind
        self.value = value
        self.subjectVersion = subjectVersion
        self.until = until
    }
}
