public import PasetoKit

/// How a ``JWTMigrator`` checks legacy JWTs and issues their PASETO replacements.
public struct JWTMigrationOptions: Sendable {
    /// The checks each JWT must pass first (issuer, audience, subject, leeway, clock).
    public var rules: JWTClaimRules
    /// Whether expired JWTs are migrated anyway (their PASETO is just as expired). Off by default.
    public var keepsExpired: Bool
    /// What an `aud` array of several audiences becomes: kept as that array by default
    /// (``JWTAudiencePolicy/keepAll``), or one chosen audience (``JWTAudiencePolicy/choose(from:)``).
    public var audiencePolicy: JWTAudiencePolicy
    /// The target's lifetime policy: a JWT without `exp` gets now + `maximumLifetime` (or, without a
    /// maximum, now + `defaultLifetime`); a JWT living longer than `maximumLifetime` from now is refused.
    public var issuingPolicy: IssuingPolicy
    /// The footer of the issued tokens.
    public var footer: JWTMigrationFooter

    /// Options; every parameter defaults to the documented default (no claim checks beyond `exp`/`nbf`,
    /// expired tokens refused, `aud` arrays of several kept, a one-hour lifetime for JWTs without `exp`, no
    /// footer).
    public init(
        rules: JWTClaimRules = JWTClaimRules(issuer: nil, audience: nil),
        keepsExpired: Bool = false,
        audiencePolicy: JWTAudiencePolicy = .keepAll,
        issuingPolicy: IssuingPolicy = IssuingPolicy(),
        footer: JWTMigrationFooter = .none
    ) {
        self.rules = rules
        self.keepsExpired = keepsExpired
        self.audiencePolicy = audiencePolicy
        self.issuingPolicy = issuingPolicy
        self.footer = footer
    }
}

/// The footer a migrated token carries.
public enum JWTMigrationFooter: Sendable, Hashable {
    /// No footer.
    case none
    /// `{"kid":"<id>"}` with the target key's PASERK id: the `lid` of a local key, the `pid` of a secret
    /// key's public key (what PasetoKit key rings look up).
    case keyID
    /// These bytes (refused if they hold key material).
    case bytes([UInt8])
}
