public import PasetoKit

/// Bounds on untrusted JWTs, checked before any unbounded work.
///
/// The defaults match PasetoKit's payload limits, so every payload PasetoJWT accepts can be migrated into a
/// PASETO token that PasetoKit reads back: 64 KiB tokens, payload JSON at most 32 deep with 4096 members, and
/// a header at most 8 deep with 256 members (jwt-kit 5.8.0 caps header nesting at 32).
public struct JWTLimits: Hashable, Sendable {
    /// The longest token accepted, in bytes of its text.
    public var maximumTokenLength: Int
    /// Nesting depth and member count for the header JSON.
    public var header: JSONLimits
    /// Nesting depth and member count for the payload JSON.
    public var payload: JSONLimits

    /// Limits with the given bounds; every parameter defaults to the documented default.
    public init(
        maximumTokenLength: Int = 64 * 1024,
        header: JSONLimits = JSONLimits(maximumDepth: 8, maximumMembers: 256),
        payload: JSONLimits = JSONLimits(maximumDepth: 32, maximumMembers: 4096)
    ) {
        self.maximumTokenLength = maximumTokenLength
        self.header = header
        self.payload = payload
    }
}
