public import PasetoKit

/// What a verified JWT's claims must satisfy (RFC 7519 §4.1), checked after the signature verified.
///
/// `exp` and `nbf` are checked when present, with ``leeway``: the token is expired from the instant `exp`
/// (RFC 7519: "the current date/time MUST be before" it) and valid from the instant `nbf` on. Each issuer,
/// audience and subject you name must match; an `aud` array matches when any member is accepted.
///
/// ```swift
/// var rules = JWTClaimRules(issuer: "https://auth.example", audience: "api")
/// rules.leeway = .seconds(30)
/// ```
public struct JWTClaimRules: Sendable {
    /// The issuer `iss` must equal; `nil` does not check it.
    public var issuer: String?
    /// The audiences of which `aud` must hold at least one; empty does not check it.
    public var acceptedAudiences: [String]
    /// The subject `sub` must equal; `nil` does not check it.
    public var subject: String?
    /// How far clocks may disagree, in both directions.
    public var leeway: Duration
    /// Whether a token without `exp` is refused (`missing-claim`). Off by default, as RFC 7519 makes `exp`
    /// optional; the transition verifier and PASETO's rules require it.
    public var requiresExpiration: Bool
    /// Where "now" comes from.
    public var clock: any PasetoClock

    /// Rules that check `iss` and `aud` (pass `nil` to skip either) and, when present, `exp` and `nbf`.
    public init(
        issuer: String?,
        audience: String?,
        subject: String? = nil,
        leeway: Duration = .zero,
        clock: any PasetoClock = SystemClock()
    ) {
        self.issuer = issuer
        self.acceptedAudiences = audience.map { [$0] } ?? []
        self.subject = subject
        self.leeway = leeway
        self.requiresExpiration = false
        self.clock = clock
    }
}
