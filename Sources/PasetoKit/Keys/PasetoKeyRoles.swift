/// A symmetric key that encrypts and decrypts `local` tokens of its version.
///
/// ``PasetoV4/Local/Key`` adopts it; generic code (claims, key rings, ``AnyPasetoKey``) works through it.
public protocol PasetoLocalKey: PasetoKey {
    /// Encrypts `message` into a `local` token of this key's version.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when an implicit assertion is given to a version
    ///   without them (v1, v2).
    func encrypt(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) throws -> String

    /// Authenticates and decrypts a `local` token of this key's version.
    ///
    /// - Throws: ``PasetoError`` `invalid-header`, `key-mismatch`, `malformed-token`, `footer-mismatch`,
    ///   `authentication-failed`; `invalid-footer` or `limit-exceeded` for an authenticated JSON-object footer
    ///   with a duplicate member name, key material (also escaped) or nesting past the parser's ceiling.
    func decrypt(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken
}

/// A secret key that signs `public` tokens of its version.
public protocol PasetoSigningKey: PasetoKey {
    /// The public key type that verifies what this key signs.
    associatedtype VerifyingKey: PasetoVerifyingKey

    /// The matching public key.
    var publicKey: VerifyingKey { get }

    /// Signs `message` into a `public` token of this key's version.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when an implicit assertion is given to a version
    ///   without them (v1, v2).
    func sign(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) throws -> String
}

/// A public key that verifies `public` tokens of its version.
public protocol PasetoVerifyingKey: PasetoKey {
    /// Verifies a `public` token of this key's version and returns its payload.
    ///
    /// - Throws: ``PasetoError`` `invalid-header`, `key-mismatch`, `malformed-token`, `footer-mismatch`,
    ///   `authentication-failed`; `invalid-footer` or `limit-exceeded` for an authenticated JSON-object footer
    ///   with a duplicate member name, key material (also escaped) or nesting past the parser's ceiling.
    func verify(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken
}

extension PasetoSigningKey {
    /// The `pid` of the public key: tokens signed by this key carry the id their verifiers know.
    public var tokenKeyID: String { publicKey.paserkID }
}
