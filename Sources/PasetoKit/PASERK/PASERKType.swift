/// A PASERK type: the `type` in `kN.type.data`.
public struct PASERKType: Hashable, Sendable, CustomStringConvertible {
    private let name: String

    private init(_ name: String) { self.name = name }

    /// A raw symmetric key (never in a footer).
    public static let local = PASERKType("local")
    /// A public key (never in a footer: a token must not carry the key that verifies it).
    public static let `public` = PASERKType("public")
    /// A secret key (never in a footer).
    public static let secret = PASERKType("secret")
    /// The id of a `local` key; safe in a footer `kid`.
    public static let lid = PASERKType("lid")
    /// The id of a `public` key; safe in a footer `kid`.
    public static let pid = PASERKType("pid")
    /// The id of a `secret` key; safe in a footer `kid`.
    public static let sid = PASERKType("sid")
    /// A local key sealed to a public key.
    public static let seal = PASERKType("seal")
    /// A local key wrapped with a symmetric wrapping key.
    public static let localWrap = PASERKType("local-wrap")
    /// A secret key wrapped with a symmetric wrapping key.
    public static let secretWrap = PASERKType("secret-wrap")
    /// A local key wrapped under a password (never in a footer).
    public static let localPassword = PASERKType("local-pw")
    /// A secret key wrapped under a password (never in a footer).
    public static let secretPassword = PASERKType("secret-pw")

    /// Every registered type.
    public static let all: [PASERKType] = [
        .local, .public, .secret, .lid, .pid, .sid, .seal, .localWrap, .secretWrap, .localPassword, .secretPassword,
    ]

    /// The types that identify a key and may appear as a footer `kid`.
    public static let identifiers: [PASERKType] = [.lid, .pid, .sid]

    /// The type named `text` (e.g. `local-pw`), or `nil`.
    public init?(_ text: some StringProtocol) {
        guard let match = Self.all.first(where: { $0.name == text }) else { return nil }
        self = match
    }

    /// The type's name as written in a PASERK, e.g. `local-wrap`.
    public var description: String { name }

    /// The identifier type for keys of this type (`local` → `lid`, `public` → `pid`, `secret` → `sid`).
    public var identifierType: PASERKType? {
        switch self {
        case .local: .lid
        case .public: .pid
        case .secret: .sid
        default: nil
        }
    }

    /// Whether a PASERK of this type may appear in a token footer: the ids (`lid`, `pid`, `sid`, as `kid`)
    /// and the wrapped keys (`seal`, `local-wrap`, `secret-wrap`, as `wpk`).
    ///
    /// Never in a footer: `local`, `secret` and the password-wrapped types, which are secrets or open to
    /// offline guessing, and `public`, because a token must not carry the key that verifies it.
    public var isAllowedInFooter: Bool {
        Self.footerTypes.contains(self)
    }

    private static let footerTypes: [PASERKType] = [.lid, .pid, .sid, .seal, .localWrap, .secretWrap]

    /// The `*-wrap` type that carries a key of this type (`local` → `local-wrap`, `secret` → `secret-wrap`).
    package var wrapType: PASERKType? {
        switch self {
        case .local: .localWrap
        case .secret: .secretWrap
        default: nil
        }
    }

    /// The `*-pw` type that carries a key of this type (`local` → `local-pw`, `secret` → `secret-pw`).
    package var passwordType: PASERKType? {
        switch self {
        case .local: .localPassword
        case .secret: .secretPassword
        default: nil
        }
    }

    /// The key type a wrapped type carries (`local-wrap`, `local-pw`, `seal` → `local`; `secret-wrap`,
    /// `secret-pw` → `secret`); `nil` for the other types.
    package var wrappedKeyType: PASERKType? {
        switch self {
        case .localWrap, .localPassword, .seal: .local
        case .secretWrap, .secretPassword: .secret
        default: nil
        }
    }
}
