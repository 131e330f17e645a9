/// Bounds on untrusted tokens, checked before any unbounded work.
///
/// The defaults suit bearer tokens: 64 KiB tokens, payload JSON nested at most 32 deep, footers of at most
/// 8 KiB holding a flat-ish object (depth 2) of at most 512 members.
public struct PasetoLimits: Hashable, Sendable {
    /// The longest token accepted, in bytes of its text.
    public var maximumTokenLength: Int
    /// Nesting depth and member count for the payload JSON.
    public var payload: JSONLimits
    /// The longest decoded footer accepted, in bytes.
    public var maximumFooterLength: Int
    /// Nesting depth and member count for a JSON footer.
    public var footer: JSONLimits

    /// Limits with the given bounds; every parameter defaults to the documented default.
    public init(
        maximumTokenLength: Int = 64 * 1024,
        payload: JSONLimits = JSONLimits(maximumDepth: 32, maximumMembers: 4096),
        maximumFooterLength: Int = 8 * 1024,
        footer: JSONLimits = JSONLimits(maximumDepth: 2, maximumMembers: 512)
    ) {
        self.maximumTokenLength = maximumTokenLength
        self.payload = payload
        self.maximumFooterLength = maximumFooterLength
        self.footer = footer
    }

    /// Refuses a token longer than ``maximumTokenLength`` before it is parsed.
    package func checkTokenLength(_ token: String) throws {
        guard token.utf8.count <= maximumTokenLength else {
            throw PasetoError.make(.limitExceeded, "the token is longer than \(maximumTokenLength) bytes")
        }
    }
}
