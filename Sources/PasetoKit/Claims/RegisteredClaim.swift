/// The names of the claims the PASETO specification reserves at the top level of the payload.
public enum RegisteredClaim {
    /// `iss`: who issued the token.
    public static let issuer = "iss"
    /// `sub`: whom the token is about.
    public static let subject = "sub"
    /// `aud`: who the token is for.
    public static let audience = "aud"
    /// `exp`: when the token expires (RFC 3339).
    public static let expiration = "exp"
    /// `nbf`: when the token becomes valid (RFC 3339).
    public static let notBefore = "nbf"
    /// `iat`: when the token was issued (RFC 3339).
    public static let issuedAt = "iat"
    /// `jti`: the token's unique id.
    public static let tokenID = "jti"

    /// All seven names, in the order they are written.
    public static let all = [issuer, subject, audience, expiration, notBefore, issuedAt, tokenID]
    /// The names that hold times.
    public static let times = [expiration, notBefore, issuedAt]
}
