/// The content type for tokens that carry only registered claims.
public struct NoCustomClaims: Codable, Hashable, Sendable {
    /// No content.
    public init() {}
}
