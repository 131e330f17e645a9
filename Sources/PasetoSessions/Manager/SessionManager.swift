import Foundation
import PasetoKit
import Synchronization

/// Logins, refreshes with rotation and reuse detection, revocation and client binding, over a
/// ``SessionStore``.
///
/// ```swift
/// let sessions = try SessionManager(
///     key: .local(PasetoV4.Local.Key.generate()),
///     store: try SQLiteSessionStore(path: "sessions.sqlite"),
///     configuration: SessionConfiguration(issuer: "https://auth.example", audience: "api")
/// )
/// let issued = try await sessions.login(subject: "user-42", context: client)        // after checking the password
/// let session = try await sessions.authenticate(issued.accessToken, fingerprint: issued.fingerprint.text)
/// let next = try await sessions.refresh(issued.refreshToken.text, context: client)    // uses up the refresh token
/// ```
///
/// Every method is safe to call concurrently. A store error fails the call closed (`store-failure`):
/// nothing is issued or accepted.
public final class SessionManager: Sendable {
    let key: AccessTokenKey
    let store: any SessionStore
    let configuration: SessionConfiguration
    let policy: any UnusualUsePolicy
    let cache: RevocationCache
    /// Reads the store's events into `cache`; a notifying store calls it when revocations are committed.
    let revocationSync: RevocationSync
    /// The claim rules every access token must pass, made once from the configuration.
    let rules: ClaimRules
    private let graceAcceptances = Atomic<Int>(0)
    private let reuseDetections = Atomic<Int>(0)

    /// A manager issuing access tokens with `key`, keeping sessions in `store`.
    ///
    /// - Parameters:
    ///   - key: The access-token key; keep it in a secrets store, rotate it with a new manager.
    ///   - store: Where sessions live; share one store between instances of a service.
    ///   - configuration: Issuer, audience, lifetimes, grace window and cache staleness.
    ///   - policy: What to do on unusual use; by default a changed user agent requires a new login.
    /// - Throws: ``SessionError`` `invalid-configuration`.
    public init(
        key: AccessTokenKey,
        store: any SessionStore,
        configuration: SessionConfiguration,
        policy: any UnusualUsePolicy = UserAgentChangePolicy()
    ) throws {
        try configuration.validate()
        self.key = key
        self.store = store
        self.configuration = configuration
        self.policy = policy
        self.cache = RevocationCache(staleness: configuration.revocationStaleness)
        self.revocationSync = RevocationSync(store: store, cache: cache, clock: configuration.clock)
        var rules = ClaimRules(
            issuer: configuration.issuer,
            audience: configuration.audience,
            leeway: configuration.leeway,
            clock: configuration.clock
        )
        rules.maximumLifetime = configuration.accessTokenLifetime + configuration.leeway
        self.rules = rules
        if let notifying = store as? any RevocationNotifyingStore {
            notifying.addRevocationListener(revocationSync)
        }
    }

    /// How many refreshes were accepted inside the grace window, and how many reuses were detected, since
    /// this manager was made.
    public var statistics: (graceAcceptances: Int, reuseDetections: Int) {
        (graceAcceptances.load(ordering: .relaxed), reuseDetections.load(ordering: .relaxed))
    }

    var now: Date { configuration.clock.now() }

    func countGraceAcceptance() { graceAcceptances.add(1, ordering: .relaxed) }
    func countReuse() { reuseDetections.add(1, ordering: .relaxed) }

    /// Runs a store call; any error it throws becomes `store-failure` (nothing accepted).
    func withStore<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as SessionError {
            throw error
        } catch {
            throw SessionError(.storeFailure, "the session store failed to \(what)")
        }
    }

}
