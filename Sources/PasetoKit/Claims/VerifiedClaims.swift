/// The claims of a token that authenticated and passed its ``ClaimRules``.
///
/// Its description names the content type only: a `local` token's claims are secret.
public struct VerifiedClaims<Content: Sendable>: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The registered claims and your content.
    public let claims: PasetoClaims<Content>
    /// The authenticated footer, with its `kid` when it has one.
    public let footer: PasetoFooter

    /// Your content (the same as `claims.content`).
    public var content: Content { claims.content }

    /// `VerifiedClaims<Content>`.
    public var description: String { "VerifiedClaims<\(Content.self)>" }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// A mirror without children, so `dump` and debuggers do not print the claims.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
