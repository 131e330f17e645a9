/// What a verified token's claims must satisfy. Checked on every `decrypt`/`verify` that returns claims,
/// after the token authenticated.
///
/// By default `exp` is required and must not have passed, `nbf` and `iat` must not be in the future (all
/// with ``leeway``, zero by default), and the issuer and audience you name must match. Name them: the
/// initialiser asks for both, and `nil` must be written out to skip one.
///
/// ```swift
/// var rules = ClaimRules(issuer: "auth.example", audience: "api")
/// rules.leeway = .seconds(30)
/// rules.custom.append(ClaimRule(claim: "role") { $0.string("role") == "admin" })
/// ```
public struct ClaimRules: Sendable {
    /// The issuer `iss` must equal (constant-time); `nil` does not check it.
    public var issuer: String?
    /// The audiences accepted (constant-time): `aud` passes when it is a string equal to one of them, or an
    /// array of strings holding one of them. Empty does not check it.
    public var acceptedAudiences: [String]
    /// The subject `sub` must equal (constant-time); `nil` does not check it.
    public var subject: String?
    /// The token id `jti` must equal (constant-time); `nil` does not check it.
    public var tokenID: String?
    /// A check on `jti` (for example against a replay cache or a revocation list); `false` refuses the
    /// token with `token-id-rejected`, and a token without `jti` is refused with `missing-claim`.
    public var tokenIDCheck: (@Sendable (String) -> Bool)?
    /// How far clocks may disagree: `exp` may have passed and `nbf`/`iat` may lie ahead by this much.
    public var leeway: Duration
    /// Whether a token without `exp` is accepted. Off by default.
    public var allowsMissingExpiration: Bool
    /// The longest `exp − iat` accepted, or `nil` for no bound (then `iat` is required).
    public var maximumLifetime: Duration?
    /// Your own rules, run after the registered checks.
    public var custom: [ClaimRule]
    /// Where "now" comes from.
    public var clock: any PasetoClock

    /// Rules that check `iss` and `aud` (pass `nil` explicitly to skip either) and the times.
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
        self.tokenID = nil
        self.tokenIDCheck = nil
        self.leeway = leeway
        self.allowsMissingExpiration = false
        self.maximumLifetime = nil
        self.custom = []
        self.clock = clock
    }
}
