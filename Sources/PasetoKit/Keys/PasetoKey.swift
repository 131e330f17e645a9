/// What every key type shares: it is bound to one version and one PASERK type, so a key can never be used
/// for another version or purpose.
///
/// The concrete types are ``PasetoV4/Local/Key``, ``PasetoV4/Public/SecretKey`` and
/// ``PasetoV4/Public/PublicKey``; the compiler keeps a local key away from `sign` and a v4 key away from v2.
/// Keys known only at run time (a PASERK from a file) are held by ``AnyPasetoKey``.
public protocol PasetoKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The version this key belongs to.
    static var version: PasetoVersion { get }
    /// The purpose of the tokens this key works with.
    static var purpose: PasetoPurpose { get }
    /// The PASERK type of the serialised key: `local`, `secret` or `public`.
    static var paserkType: PASERKType { get }

    /// Imports a key from its PASERK string (`k4.local.…`, `k4.secret.…`, `k4.public.…`).
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   the string or the key in it is malformed.
    init(paserk: String) throws

    /// The key as a PASERK string. For local and secret keys this string **is** the secret.
    func exportPASERK() -> String

    /// The id written as a token's footer `kid` and used by key rings: the `lid` of a local key, and the
    /// `pid` of the public key for both halves of a key pair (so verifiers holding only public keys find it).
    var tokenKeyID: String { get }
}

extension PasetoKey {
    /// The `kN.type.` header of this key's PASERK.
    public static var paserkHeader: PASERKHeader { PASERKHeader(version: version, type: paserkType) }

    /// The header of the tokens this key works with, e.g. `v4.local.`.
    public static var tokenHeader: TokenHeader { TokenHeader(version: version, purpose: purpose) }

    /// The PASERK id of this key (`k4.lid.…`, `k4.pid.…` or `k4.sid.…`): safe to publish, e.g. as a footer `kid`.
    public var paserkID: String {
        PASERKIdentifier.identifier(of: exportPASERK(), keyHeader: Self.paserkHeader)
    }

    /// The key's own PASERK id; signing keys use their public key's id instead.
    public var tokenKeyID: String { paserkID }

    /// Names the key type and its id, never its bytes: `v4.local key k4.lid.…`.
    public var description: String { "\(Self.tokenHeader.name) \(Self.paserkType) key \(paserkID)" }

    /// The same as ``description``: no key bytes in any form.
    public var debugDescription: String { description }
}
