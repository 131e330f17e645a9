public import PasetoKit

/// What a ``SessionManager`` issues and how long things live. Every value has a safe default.
public struct SessionConfiguration: Sendable {
    /// `iss` of every access token, required when checking.
    public var issuer: String
    /// `aud` of every access token, required when checking.
    public var audience: String
    /// Lifetime of an access token: 10 minutes by default. Keep it short: it is how long a stolen access
    /// token works, and how long a revoked one works on an instance that cannot see the revocation.
    public var accessTokenLifetime: Duration
    /// How long an unused refresh token stays valid: 14 days by default.
    public var refreshIdleLifetime: Duration
    /// How long a session lasts however often it is refreshed: 30 days by default.
    public var sessionAbsoluteLifetime: Duration
    /// How long after a refresh token was used up a second use is still accepted (two browser tabs
    /// refreshing at once): 0 by default, at most 60 seconds; only for the immediately previous token, once.
    public var refreshGraceWindow: Duration
    /// The most time a revocation made through another instance (or another process on the same store) can
    /// go unseen by ``SessionManager/authenticate(_:fingerprint:context:)``: 1 second by default. Revocations
    /// made through this manager are seen at once.
    public var revocationStaleness: Duration
    /// What ``SessionManager/authenticate(_:fingerprint:context:)`` does when its revocation state is older
    /// than ``revocationStaleness`` and the store cannot be read: refuse (the default), or accept from what
    /// it last knew.
    public var whenRevocationsStale: StaleRevocationPolicy
    /// Clock skew allowed on access-token times: 5 seconds by default.
    public var leeway: Duration
    /// Where every decision reads the time.
    public var clock: any PasetoClock

    /// A configuration with the defaults above.
    public init(
        issuer: String,
        audience: String,
        accessTokenLifetime: Duration = .seconds(600),
        refreshIdleLifetime: Duration = .seconds(14 * 86_400),
        sessionAbsoluteLifetime: Duration = .seconds(30 * 86_400),
        refreshGraceWindow: Duration = .zero,
        revocationStaleness: Duration = .seconds(1),
        whenRevocationsStale: StaleRevocationPolicy = .refuse,
        leeway: Duration = .seconds(5),
        clock: any PasetoClock = SystemClock()
    ) {
        self.issuer = issuer
        self.audience = audience
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshIdleLifetime = refreshIdleLifetime
        self.sessionAbsoluteLifetime = sessionAbsoluteLifetime
        self.refreshGraceWindow = refreshGraceWindow
        self.revocationStaleness = revocationStaleness
        self.whenRevocationsStale = whenRevocationsStale
        self.leeway = leeway
        self.clock = clock
    }

    /// The most a grace window may be.
    public static let maximumGraceWindow = Duration.seconds(60)

    /// - Throws: ``SessionError`` `invalid-configuration` for a lifetime that is not positive, a grace
    ///   window outside 0...60 s, or an access-token lifetime longer than the session.
    func validate() throws {
        for (name, value) in [
            ("accessTokenLifetime", accessTokenLifetime), ("refreshIdleLifetime", refreshIdleLifetime),
            ("sessionAbsoluteLifetime", sessionAbsoluteLifetime),
        ] where value <= .zero {
            throw SessionError(.invalidConfiguration, "\(name) must be positive")
        }
        guard refreshGraceWindow >= .zero, refreshGraceWindow <= Self.maximumGraceWindow else {
            throw SessionError(.invalidConfiguration, "refreshGraceWindow must be 0 to 60 seconds")
        }
        guard revocationStaleness >= .zero, leeway >= .zero else {
            throw SessionError(.invalidConfiguration, "revocationStaleness and leeway must not be negative")
        }
        guard accessTokenLifetime <= sessionAbsoluteLifetime else {
            throw SessionError(.invalidConfiguration, "an access token cannot outlive its session")
        }
    }
}

extension Duration {
    /// Seconds as a `TimeInterval` (the SQLite store uses it too).
    package var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
