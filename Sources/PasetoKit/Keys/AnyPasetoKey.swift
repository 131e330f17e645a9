/// A key whose version and purpose are known only at run time, e.g. read from a PASERK in a file.
///
/// Every operation checks, before any cryptography, that the key is of the right kind (a local key to
/// encrypt or decrypt, a secret key to sign, a public key to verify) and that the token's header names the
/// key's version and purpose; anything else fails with `key-mismatch`.
///
/// ```swift
/// let key = try AnyPasetoKey(paserk: paserkFromFile)
/// let verified = try key.decrypt(token)
/// ```
public struct AnyPasetoKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    private enum Storage: Sendable {
        case v4Local(PasetoV4.Local.Key)
        case v4Secret(PasetoV4.Public.SecretKey)
        case v4Public(PasetoV4.Public.PublicKey)
    }

    private let storage: Storage

    /// Wraps a v4 local key.
    public init(_ key: PasetoV4.Local.Key) { storage = .v4Local(key) }
    /// Wraps a v4 secret key.
    public init(_ key: PasetoV4.Public.SecretKey) { storage = .v4Secret(key) }
    /// Wraps a v4 public key.
    public init(_ key: PasetoV4.Public.PublicKey) { storage = .v4Public(key) }

    /// Imports a `local`, `secret` or `public` PASERK of any supported version.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` when the string is no such PASERK or the key in it is
    ///   malformed, `unsupported-version` for a version this build does not implement.
    public init(paserk: String) throws {
        let (header, _) = try PASERKHeader.split(paserk)
        switch (header.version, header.type) {
        case (.v4, .local): storage = .v4Local(try PasetoV4.Local.Key(paserk: paserk))
        case (.v4, .secret): storage = .v4Secret(try PasetoV4.Public.SecretKey(paserk: paserk))
        case (.v4, .public): storage = .v4Public(try PasetoV4.Public.PublicKey(paserk: paserk))
        case (_, .local), (_, .secret), (_, .public):
            throw PasetoError.make(.unsupportedVersion, "\(header.version.paserkPrefix) keys are not supported yet")
        default:
            throw PasetoError.make(
                .invalidKey,
                "a \(header.description) PASERK is not a key; expected local, secret or public"
            )
        }
    }

    /// A new random key: a local key for `.local`, a secret key (whose public key is ``publicKey()``) for
    /// `.public`.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` for a version this build does not implement.
    public static func generate(version: PasetoVersion, purpose: PasetoPurpose) throws -> AnyPasetoKey {
        switch (version, purpose) {
        case (.v4, .local): AnyPasetoKey(PasetoV4.Local.Key.generate())
        case (.v4, .public): AnyPasetoKey(PasetoV4.Public.SecretKey.generate())
        default: throw PasetoError.make(.unsupportedVersion, "\(version) keys are not supported yet")
        }
    }

    private var key: any PasetoKey {
        switch storage {
        case .v4Local(let key): key
        case .v4Secret(let key): key
        case .v4Public(let key): key
        }
    }

    /// The key's version.
    public var version: PasetoVersion { type(of: key).version }
    /// The purpose of the tokens the key works with.
    public var purpose: PasetoPurpose { type(of: key).purpose }
    /// `local`, `secret` or `public`.
    public var paserkType: PASERKType { type(of: key).paserkType }

    /// The key as a PASERK string; for local and secret keys this string **is** the secret.
    public func exportPASERK() -> String { key.exportPASERK() }

    /// The key's PASERK id (`kN.lid.…`, `kN.pid.…`, `kN.sid.…`).
    public var paserkID: String { key.paserkID }

    /// The public key of a secret key.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a secret key.
    public func publicKey() throws -> AnyPasetoKey {
        guard case .v4Secret(let key) = storage else {
            throw PasetoError.make(.keyMismatch, "only a secret key has a public key; this is a \(paserkType) key")
        }
        return AnyPasetoKey(key.publicKey)
    }

    /// The key's type and id, never its bytes.
    public var description: String { key.description }
    /// The same as ``description``.
    public var debugDescription: String { key.description }
}

extension AnyPasetoKey {
    /// Encrypts `message` into a local token of the key's version.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a local key.
    public func encrypt(_ message: [UInt8], footer: [UInt8] = [], implicitAssertion: [UInt8] = []) throws -> String {
        guard case .v4Local(let key) = storage else { throw mismatch(wanted: "a local key to encrypt") }
        return PasetoV4.Local.encrypt(message, using: key, footer: footer, implicitAssertion: implicitAssertion)
    }

    /// Signs `message` into a public token of the key's version.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a secret key.
    public func sign(_ message: [UInt8], footer: [UInt8] = [], implicitAssertion: [UInt8] = []) throws -> String {
        guard case .v4Secret(let key) = storage else { throw mismatch(wanted: "a secret key to sign") }
        return PasetoV4.Public.sign(message, using: key, footer: footer, implicitAssertion: implicitAssertion)
    }

    /// Decrypts a local token; see ``PasetoV4/Local/decrypt(_:using:expectedFooter:implicitAssertion:)``.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a local key or the token is of another
    ///   version or purpose, and every error of the typed call.
    public func decrypt(
        _ token: String,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        guard case .v4Local(let key) = storage else { throw mismatch(wanted: "a local key to decrypt") }
        return try PasetoV4.Local.decrypt(
            token,
            using: key,
            expectedFooter: expectedFooter,
            implicitAssertion: implicitAssertion
        )
    }

    /// Verifies a public token; see ``PasetoV4/Public/verify(_:using:expectedFooter:implicitAssertion:)``.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a public key or the token is of another
    ///   version or purpose, and every error of the typed call.
    public func verify(
        _ token: String,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        guard case .v4Public(let key) = storage else { throw mismatch(wanted: "a public key to verify") }
        return try PasetoV4.Public.verify(
            token,
            using: key,
            expectedFooter: expectedFooter,
            implicitAssertion: implicitAssertion
        )
    }

    /// Decrypts or verifies, whichever the key's purpose does (`local` decrypts, `public` verifies).
    public func open(
        _ token: String,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        switch storage {
        case .v4Local: try decrypt(token, expectedFooter: expectedFooter, implicitAssertion: implicitAssertion)
        case .v4Public: try verify(token, expectedFooter: expectedFooter, implicitAssertion: implicitAssertion)
        case .v4Secret: throw mismatch(wanted: "a local or public key to check a token")
        }
    }

    private func mismatch(wanted: String) -> PasetoError {
        PasetoError.make(
            .keyMismatch,
            "this operation needs \(wanted); the key is \(TokenHeader(version: version, purpose: purpose).name) \(paserkType)"
        )
    }
}
