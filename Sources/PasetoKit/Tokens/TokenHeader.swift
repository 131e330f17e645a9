/// The `vN.purpose.` prefix of a token, which is also the first piece of its pre-authentication encoding.
///
/// The eight headers are built once; every value is a copy of one of them, so using a header on the hot
/// path costs no allocation.
public struct TokenHeader: Hashable, Sendable, CustomStringConvertible {
    /// The protocol version.
    public let version: PasetoVersion
    /// The purpose.
    public let purpose: PasetoPurpose
    /// `v4.local.`, trailing dot included.
    public let description: String
    /// The header's ASCII bytes, as they enter PAE.
    package let bytes: [UInt8]

    /// The header for `version` and `purpose`.
    public init(version: PasetoVersion, purpose: PasetoPurpose) {
        self = Self.all[Self.index(version, purpose)]
    }

    private init(building version: PasetoVersion, _ purpose: PasetoPurpose) {
        self.version = version
        self.purpose = purpose
        self.description = "\(version).\(purpose)."
        self.bytes = Array(description.utf8)
    }

    private static let all: [TokenHeader] = PasetoVersion.all.flatMap { version in
        PasetoPurpose.all.map { TokenHeader(building: version, $0) }
    }

    private static func index(_ version: PasetoVersion, _ purpose: PasetoPurpose) -> Int {
        (version.number - 1) * 2 + (purpose == .local ? 0 : 1)
    }

    /// `v4.local`, without the trailing dot (as the command line names a mode).
    public var name: String { String(description.dropLast()) }

    /// Reads the `vN.purpose.` at the start of `token`; `nil` when it is not one of the eight known headers.
    package static func parse(prefixOf token: Substring.UTF8View) -> TokenHeader? {
        all.first { token.starts(with: $0.bytes) }
    }
}
