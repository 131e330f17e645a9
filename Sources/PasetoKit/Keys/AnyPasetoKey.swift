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
        case local(any PasetoLocalKey)
        case secret(any PasetoSigningKey)
        case `public`(any PasetoVerifyingKey)
    }

    private let storage: Storage

    /// Wraps a local key.
    public init(_ key: some PasetoLocalKey) { storage = .local(key) }
    /// Wraps a secret (signing) key.
    public init(_ key: some PasetoSigningKey) { storage = .secret(key) }
    /// Wraps a public (verifying) key.
    public init(_ key: some PasetoVerifyingKey) { storage = .public(key) }

    /// Imports a `local`, `secret` or `public` PASERK of any supported version.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` when the string is no such PASERK or the key in it is
    ///   malformed, `unsupported-version` for a version this build does not implement.
    public init(paserk: String) throws {
        let (header, _) = try PASERKHeader.split(paserk)
        if let type = PasetoKeyTypes.local.first(where: { $0.paserkHeader == header }) {
            storage = .local(try type.init(paserk: paserk))
        } else if let type = PasetoKeyTypes.secret.first(where: { $0.paserkHeader == header }) {
            storage = .secret(try type.init(paserk: paserk))
        } else if let type = PasetoKeyTypes.public.first(where: { $0.paserkHeader == header }) {
            storage = .public(try type.init(paserk: paserk))
        } else if [.local, .secret, .public].contains(header.type) {
            throw PasetoError.make(.unsupportedVersion, "\(header.version.paserkPrefix) keys are not supported yet")
        } else {
            throw PasetoError.make(.invalidKey, "a \(header) PASERK is not a key; expected local, secret or public")
        }
    }

    /// A new random key: a local key for `.local`, a secret key (whose public key is ``publicKey()``) for
    /// `.public`. A v1 secret key is a 2048-bit RSA key, which takes a moment to generate.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` for a version this build does not implement.
    public static func generate(version: PasetoVersion, purpose: PasetoPurpose) throws -> AnyPasetoKey {
        switch (version, purpose) {
        case (.v4, .local): AnyPasetoKey(PasetoV4.Local.Key.generate())
        case (.v4, .public): AnyPasetoKey(PasetoV4.Public.SecretKey.generate())
        case (.v2, .local): AnyPasetoKey(PasetoV2.Local.Key.generate())
        case (.v3, .local): AnyPasetoKey(PasetoV3.Local.Key.generate())
        case (.v3, .public): AnyPasetoKey(PasetoV3.Public.SecretKey.generate())
        case (.v2, .public): AnyPasetoKey(PasetoV2.Public.SecretKey.generate())
        case (.v1, .local): AnyPasetoKey(PasetoV1.Local.Key.generate())
        case (.v1, .public): AnyPasetoKey(PasetoV1.Public.SecretKey.generate())
        default: throw PasetoError.make(.unsupportedVersion, "\(version) keys are not supported yet")
        }
    }

    /// The boxed key, for the PASERK operations of ``AnyPasetoKey``.
    package var boxedKey: any PasetoKey { key }

    private var key: any PasetoKey {
        switch storage {
        case .local(let key): key
        case .secret(let key): key
        case .public(let key): key
        }
    }

    /// The key's version.
    public var version: PasetoVersion { type(of: key).version }
    /// The purpose of the tokens the key works with.
    public var purpose: PasetoPurpose { type(of: key).purpose }
    /// `local`, `secret` or `public`.
    public var paserkType: PASERKType { type(of: key).paserkType }
    /// The header of the tokens this key works with.
    public var tokenHeader: TokenHeader { TokenHeader(version: version, purpose: purpose) }

    /// The key as a PASERK string; for local and secret keys this string **is** the secret.
    public func exportPASERK() -> String { key.exportPASERK() }

    /// The key's PASERK id (`kN.lid.…`, `kN.pid.…`, `kN.sid.…`).
    public var paserkID: String { key.paserkID }

    /// The public key of a secret key.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a secret key.
    public func publicKey() throws -> AnyPasetoKey {
        guard case .secret(let key) = storage else {
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
        guard case .local(let key) = storage else { throw mismatch(wanted: "a local key to encrypt") }
        return try key.encrypt(message, footer: footer, implicitAssertion: implicitAssertion)
    }

    /// Signs `message` into a public token of the key's version.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a secret key.
    public func sign(_ message: [UInt8], footer: [UInt8] = [], implicitAssertion: [UInt8] = []) throws -> String {
        guard case .secret(let key) = storage else { throw mismatch(wanted: "a secret key to sign") }
        return try key.sign(message, footer: footer, implicitAssertion: implicitAssertion)
    }

    /// Decrypts a local token of the key's version and purpose.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a local key or the token is of another
    ///   version or purpose, and every error of ``PasetoLocalKey/decrypt(_:expectedFooter:implicitAssertion:)``.
    public func decrypt(
        _ token: String,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        guard case .local(let key) = storage else { throw mismatch(wanted: "a local key to decrypt") }
        return try key.decrypt(token, expectedFooter: expectedFooter, implicitAssertion: implicitAssertion)
    }

    /// Verifies a public token of the key's version and purpose.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a public key or the token is of another
    ///   version or purpose, and every error of ``PasetoVerifyingKey/verify(_:expectedFooter:implicitAssertion:)``.
    public func verify(
        _ token: String,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        guard case .public(let key) = storage else { throw mismatch(wanted: "a public key to verify") }
        return try key.verify(token, expectedFooter: expectedFooter, implicitAssertion: implicitAssertion)
    }

    /// Decrypts or verifies, whichever the key's purpose does (`local` decrypts, `public` verifies).
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a secret key, and every error of the operation.
    public func open(
        _ token: String,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        switch storage {
        case .local: try decrypt(token, expectedFooter: expectedFooter, implicitAssertion: implicitAssertion)
        case .public: try verify(token, expectedFooter: expectedFooter, implicitAssertion: implicitAssertion)
        case .secret: throw mismatch(wanted: "a local or public key to check a token")
        }
    }

    private func mismatch(wanted: String) -> PasetoError {
        PasetoError.make(.keyMismatch, "this operation needs \(wanted); the key is \(tokenHeader.name) \(paserkType)")
    }
}

extension AnyPasetoKey {
    /// The id a token issued with this key carries as its footer `kid`: the `lid` of a local key, the `pid` of
    /// the public key for a secret or public key (see ``PasetoKey/tokenKeyID``).
    public var tokenKeyID: String { key.tokenKeyID }
}
