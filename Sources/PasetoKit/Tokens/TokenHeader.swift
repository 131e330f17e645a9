/// The `vN.purpose.` prefix of a token, which is also the first piece of its pre-authentication encoding.
public struct TokenHeader: Hashable, Sendable, CustomStringConvertible {
    /// The protocol version.
    public let version: PasetoVersion
    /// The purpose.
    public let purpose: PasetoPurpose

    /// A header for `version` and `purpose`.
    public init(version: PasetoVersion, purpose: PasetoPurpose) {
        self.version = version
        self.purpose = purpose
    }

    /// `v4.local.`, trailing dot included.
    public var description: String { "\(version).\(purpose)." }

    /// `v4.local`, without the trailing dot (as the command line names a mode).
    public var name: String { "\(version).\(purpose)" }

    /// The header's ASCII bytes, as they enter PAE.
    package var bytes: [UInt8] { Array(description.utf8) }

    /// Reads the `vN.purpose.` at the start of `token`; `nil` when it is not one of the eight known headers.
    package static func parse(prefixOf token: Substring.UTF8View) -> TokenHeader? {
        let parts = token.split(separator: UInt8(ascii: "."), maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3,
            let version = PasetoVersion(tokenPrefix: Substring(parts[0])),
            let purpose = PasetoPurpose(Substring(parts[1]))
        else { return nil }
        return TokenHeader(version: version, purpose: purpose)
    }
}
