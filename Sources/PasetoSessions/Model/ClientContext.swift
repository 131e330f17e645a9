/// What the service knows of the client making a request: its user agent and network address.
///
/// Recorded at login and given again at each refresh (and, optionally, each authentication), so an
/// ``UnusualUsePolicy`` can compare them.
public struct ClientContext: Hashable, Sendable, Codable {
    /// The `User-Agent` header, as sent (truncated to 512 bytes when stored).
    public var userAgent: String
    /// The client's address as the service sees it (e.g. `203.0.113.9`).
    public var address: String

    /// A context.
    public init(userAgent: String, address: String) {
        self.userAgent = userAgent
        self.address = address
    }

    /// The context with each field cut to at most `maximumBytes` UTF-8 bytes (whole characters), as stores
    /// keep it.
    public func bounded(maximumBytes: Int = 512) -> ClientContext {
        ClientContext(userAgent: Self.prefix(userAgent, maximumBytes), address: Self.prefix(address, maximumBytes))
    }

    private static func prefix(_ text: String, _ count: Int) -> String {
        guard text.utf8.count > count else { return text }
        var used = 0
        let kept = text.prefix { character in
            used += character.utf8.count
            return used <= count
        }
        return String(kept)
    }
}
