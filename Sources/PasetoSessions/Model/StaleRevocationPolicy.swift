/// What a ``SessionManager`` does with an access token when it cannot know the token's revocation state:
/// its cache is older than ``SessionConfiguration/revocationStaleness`` and the store cannot be read (the
/// database is down, or unreachable).
public enum StaleRevocationPolicy: Hashable, Sendable {
    /// Fail closed: refuse with `store-failure` until the store can be read again. The default: a token
    /// revoked meanwhile on another instance is never accepted.
    case refuse
    /// Fail open: go on answering from the revocations known at the last sync (and those made through this
    /// manager). A service that prefers availability may choose it; a revocation made on another instance
    /// during the outage is not seen until the store is back. A manager that never synced still refuses.
    case acceptLastKnown
}
