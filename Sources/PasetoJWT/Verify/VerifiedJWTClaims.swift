/// A JWT whose signature verified and whose claims passed the rules, with its payload decoded as your type:
/// what ``JWTVerifier/verify(_:as:rules:)`` returns.
///
/// Its description names the content type only: claims may be personal data.
public struct VerifiedJWTClaims<Content: Sendable>: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The whole payload decoded as `Content`, strictly (NumericDates are numbers here, as in the JWT).
    public let content: Content
    /// The registered claims, typed.
    public let claims: JWTRegisteredClaims
    /// The signature check's result: header, algorithm, key id, payload bytes.
    public let signature: VerifiedJWS

    /// `VerifiedJWTClaims<Content>`.
    public var description: String { "VerifiedJWTClaims<\(Content.self)>" }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// A mirror without children, so `dump` and debuggers do not print the claims.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
