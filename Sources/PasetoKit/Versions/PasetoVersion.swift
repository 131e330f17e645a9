/// A PASETO protocol version (`v1` … `v4`), with its PASERK counterpart (`k1` … `k4`).
///
/// Values, not an enum, so that new versions never break a client's `switch`.
public struct PasetoVersion: Hashable, Sendable, CustomStringConvertible {
    /// The version number, 1 to 4.
    package let number: Int

    private init(number: Int) { self.number = number }

    /// Version 1 (NIST, deprecated).
    public static let v1 = PasetoVersion(number: 1)
    /// Version 2 (libsodium, deprecated).
    public static let v2 = PasetoVersion(number: 2)
    /// Version 3 (NIST: AES-256-CTR, HMAC-SHA-384, P-384).
    public static let v3 = PasetoVersion(number: 3)
    /// Version 4 (libsodium: XChaCha20, BLAKE2b, Ed25519).
    public static let v4 = PasetoVersion(number: 4)

    /// Every version the specification defines.
    public static let all: [PasetoVersion] = [.v1, .v2, .v3, .v4]

    /// `v4`, as in a token header.
    public var description: String { "v\(number)" }

    /// `k4`, as in a PASERK header.
    public var paserkPrefix: String { "k\(number)" }

    /// The version named by a token prefix such as `v4`, or `nil`.
    public init?(tokenPrefix: some StringProtocol) {
        guard let match = Self.all.first(where: { $0.description.utf8.elementsEqual(tokenPrefix.utf8) }) else {
            return nil
        }
        self = match
    }

    /// The version named by a PASERK prefix such as `k4`, or `nil`.
    public init?(paserkPrefix: some StringProtocol) {
        guard let match = Self.all.first(where: { $0.paserkPrefix.utf8.elementsEqual(paserkPrefix.utf8) }) else {
            return nil
        }
        self = match
    }
}
