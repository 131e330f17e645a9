public import Foundation

/// A token's claims: the registered ones (`iss`, `sub`, `aud`, `exp`, `nbf`, `iat`, `jti`) and your own
/// `Codable` content, written side by side as one flat JSON object.
///
/// ```swift
/// struct Session: Codable, Sendable { var role: String }
/// let claims = PasetoClaims(Session(role: "admin"), issuer: "auth.example", subject: "user-42", audience: "api")
/// let token = try key.encrypt(claims)        // adds iat, nbf = now and exp = now + 1 hour
/// ```
///
/// Times are `Date`s, written as RFC 3339 UTC strings. When issuing, unset `iat` and `nbf` become now and an
/// unset `exp` becomes now plus the policy's lifetime (one hour by default); a token that never expires needs
/// ``unsafeWithoutExpiration()``.
public struct PasetoClaims<Content: Sendable>: Sendable {
    /// `iss`: who issued the token.
    public var issuer: String?
    /// `sub`: whom the token is about.
    public var subject: String?
    /// `aud` when the token is for one audience; `nil` when it has none or several (see ``audiences``).
    /// Setting it makes the token for that one audience.
    public var audience: String? {
        get { audiences.count == 1 ? audiences[0] : nil }
        set { audiences = newValue.map { [$0] } ?? [] }
    }
    /// `aud`: every audience the token is for. One audience is written as a string (`"aud":"api"`), two or
    /// more as an array of strings (`"aud":["api","admin"]`); none leaves `aud` out. Verifiers accept either
    /// form (``ClaimRules/acceptedAudiences``).
    ///
    /// ```swift
    /// var claims = PasetoClaims(issuer: "auth.example")
    /// claims.audiences = ["api", "admin"]
    /// ```
    public var audiences: [String] = []
    /// `exp`: when the token expires.
    public var expiration: Date?
    /// `nbf`: when the token becomes valid.
    public var notBefore: Date?
    /// `iat`: when the token was issued.
    public var issuedAt: Date?
    /// `jti`: the token's unique id.
    public var tokenID: String?
    /// Your own claims, encoded beside the registered ones (they must not use a registered name).
    public var content: Content
    /// Whether issuing leaves `exp` out instead of applying the default lifetime.
    public private(set) var isNonExpiring = false

    /// Claims with your content and any registered claims you set now.
    public init(
        _ content: Content,
        issuer: String? = nil,
        subject: String? = nil,
        audience: String? = nil,
        expiration: Date? = nil,
        notBefore: Date? = nil,
        issuedAt: Date? = nil,
        tokenID: String? = nil
    ) {
        self.content = content
        self.issuer = issuer
        self.subject = subject
        self.audiences = audience.map { [$0] } ?? []
        self.expiration = expiration
        self.notBefore = notBefore
        self.issuedAt = issuedAt
        self.tokenID = tokenID
    }

    /// A copy that is issued **without any `exp`**: the token is valid until its key is retired.
    ///
    /// - Important: Tokens that never expire cannot be contained when they leak. Verifiers refuse them
    ///   unless their rules set ``ClaimRules/allowsMissingExpiration``.
    public func unsafeWithoutExpiration() -> PasetoClaims {
        var copy = self
        copy.expiration = nil
        copy.isNonExpiring = true
        return copy
    }
}

extension PasetoClaims where Content == NoCustomClaims {
    /// Registered claims only.
    public init(
        issuer: String? = nil,
        subject: String? = nil,
        audience: String? = nil,
        expiration: Date? = nil,
        notBefore: Date? = nil,
        issuedAt: Date? = nil,
        tokenID: String? = nil
    ) {
        self.init(
            NoCustomClaims(),
            issuer: issuer,
            subject: subject,
            audience: audience,
            expiration: expiration,
            notBefore: notBefore,
            issuedAt: issuedAt,
            tokenID: tokenID
        )
    }
}
