/// A PASETO purpose: `local` (symmetric, encrypted) or `public` (asymmetric, signed and readable).
public struct PasetoPurpose: Hashable, Sendable, CustomStringConvertible {
    private let name: String

    private init(name: String) { self.name = name }

    /// Symmetric authenticated encryption: the payload is secret.
    public static let local = PasetoPurpose(name: "local")
    /// Public-key signatures: the payload is readable by anyone, forgeable by no one without the secret key.
    public static let `public` = PasetoPurpose(name: "public")

    /// Both purposes.
    public static let all: [PasetoPurpose] = [.local, .public]

    /// `local` or `public`.
    public var description: String { name }

    /// The purpose named `text`, or `nil`.
    public init?(_ text: some StringProtocol) {
        guard let match = Self.all.first(where: { $0.name.utf8.elementsEqual(text.utf8) }) else { return nil }
        self = match
    }
}
