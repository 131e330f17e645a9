extension PasetoV4.Local.Key {
    /// Seals this key to `publicKey` as a `k4.seal.` PASERK, which only the matching secret key opens.
    ///
    /// Use it to send a local key to a service that holds a v4 key pair. The sealed PASERK may travel in the
    /// clear, and may appear in a token footer (`wpk`).
    ///
    /// ```swift
    /// let sealed = try key.seal(to: servicePublicKey)
    /// // … on the service:
    /// let received = try PasetoV4.Local.Key(unsealing: sealed, with: serviceSecretKey)
    /// ```
    ///
    /// - Parameter publicKey: The recipient's v4 public key.
    /// - Returns: `k4.seal.…`; a fresh ephemeral key makes every call's output different.
    /// - Throws: ``PasetoError`` `invalid-key` when `publicKey` is not a usable Ed25519 point.
    public func seal(to publicKey: PasetoV4.Public.PublicKey) throws -> String {
        try PASERKSeal.seal(self, to: publicKey)
    }

    /// Opens a `k4.seal.` PASERK that was sealed to `secretKey`'s public key.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when it
    ///   is malformed, `authentication-failed` when it was sealed to another key or altered.
    public init(unsealing paserk: String, with secretKey: PasetoV4.Public.SecretKey) throws {
        self = try PASERKSeal.unseal(paserk, as: Self.self, with: secretKey)
    }

    /// Wraps this key with `wrappingKey` as a `k4.local-wrap.pie.` PASERK, e.g. to store it encrypted under a
    /// key from a key-management service. The result may appear in a token footer (`wpk`).
    ///
    /// - Returns: `k4.local-wrap.pie.…`; a fresh nonce makes every call's output different.
    public func wrap(with wrappingKey: PasetoV4.Local.Key) -> String {
        PASERKWrap.wrap(self, with: wrappingKey)
    }

    /// Unwraps a `k4.local-wrap.pie.` PASERK with the local key that wrapped it.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `unsupported-version`
    ///   for a wrap protocol other than `pie`, `invalid-key` when malformed, `authentication-failed` for
    ///   another wrapping key or an altered PASERK.
    public init(unwrapping paserk: String, with wrappingKey: PasetoV4.Local.Key) throws {
        self = try PASERKWrap.unwrap(paserk, as: Self.self, with: wrappingKey)
    }

    /// Wraps this key under a password as a `k4.local-pw.` PASERK (Argon2id, then XChaCha20 and BLAKE2b).
    ///
    /// The PASERK records `parameters`, so unwrapping needs only the password. Never put it in a footer: it can
    /// be attacked offline by guessing passwords.
    ///
    /// - Parameters:
    ///   - password: The password; not empty.
    ///   - parameters: The Argon2id cost; libsodium's moderate limits (256 MiB, 3 passes) by default.
    /// - Returns: `k4.local-pw.…`; a fresh salt and nonce make every call's output different.
    /// - Throws: ``PasetoError`` `invalid-password` for an empty password, `key-derivation-failed` when the
    ///   memory limit cannot be allocated.
    public func wrap(
        withPassword password: PASERKPassword,
        parameters: Argon2idParameters = .moderate
    ) throws -> String {
        try PASERKPasswordWrap.wrap(self, password: password, parameters: parameters)
    }

    /// Unwraps a `k4.local-pw.` PASERK with its password, using the Argon2id parameters the PASERK records, refusing a cost above `maximumCost` before running Argon2id (a forged PASERK could
    /// otherwise demand any amount of memory and time).
    ///
    /// - Throws: `invalid-parameters` when the recorded cost exceeds `maximumCost`; ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   malformed, `key-derivation-failed` when its memory limit cannot be allocated, `authentication-failed`
    ///   for a wrong password or an altered PASERK.
    public init(
        unwrapping paserk: String,
        withPassword password: PASERKPassword,
        maximumCost: Argon2idParameters = .unwrappingCeiling
    ) throws {
        self = try PASERKPasswordWrap.unwrap(paserk, as: Self.self, password: password, maximumCost: maximumCost)
    }
}

extension PasetoV4.Public.SecretKey {
    /// Wraps this key with a local `wrappingKey` as a `k4.secret-wrap.pie.` PASERK. The result may appear in
    /// a token footer (`wpk`).
    ///
    /// - Returns: `k4.secret-wrap.pie.…`; a fresh nonce makes every call's output different.
    public func wrap(with wrappingKey: PasetoV4.Local.Key) -> String {
        PASERKWrap.wrap(self, with: wrappingKey)
    }

    /// Unwraps a `k4.secret-wrap.pie.` PASERK with the local key that wrapped it.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `unsupported-version`
    ///   for a wrap protocol other than `pie`, `invalid-key` when malformed or when the unwrapped key's public
    ///   half does not match its seed, `authentication-failed` for another wrapping key or an altered PASERK.
    public init(unwrapping paserk: String, with wrappingKey: PasetoV4.Local.Key) throws {
        self = try PASERKWrap.unwrap(paserk, as: Self.self, with: wrappingKey)
    }

    /// Wraps this key under a password as a `k4.secret-pw.` PASERK; see
    /// ``PasetoV4/Local/Key/wrap(withPassword:parameters:)``.
    ///
    /// - Throws: ``PasetoError`` `invalid-password` for an empty password, `key-derivation-failed` when the
    ///   memory limit cannot be allocated.
    public func wrap(
        withPassword password: PASERKPassword,
        parameters: Argon2idParameters = .moderate
    ) throws -> String {
        try PASERKPasswordWrap.wrap(self, password: password, parameters: parameters)
    }

    /// Unwraps a `k4.secret-pw.` PASERK with its password, using the Argon2id parameters the PASERK records, refusing a cost above `maximumCost` before running Argon2id (a forged PASERK could
    /// otherwise demand any amount of memory and time).
    ///
    /// - Throws: `invalid-parameters` when the recorded cost exceeds `maximumCost`; ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   malformed, `key-derivation-failed` when its memory limit cannot be allocated, `authentication-failed`
    ///   for a wrong password or an altered PASERK.
    public init(
        unwrapping paserk: String,
        withPassword password: PASERKPassword,
        maximumCost: Argon2idParameters = .unwrappingCeiling
    ) throws {
        self = try PASERKPasswordWrap.unwrap(paserk, as: Self.self, password: password, maximumCost: maximumCost)
    }
}
