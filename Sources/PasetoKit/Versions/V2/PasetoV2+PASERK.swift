// The k2 forms of the PASERK wrap types. They share one implementation with k4 (`PASERKSeal`, `PASERKWrap`,
// `PASERKPasswordWrap`); the documentation of the k4 methods says more.

extension PasetoV2.Local.Key {
    /// Seals this key to `publicKey` as a `k2.seal.` PASERK, which only the matching secret key opens; see
    /// ``PasetoV4/Local/Key/seal(to:)``.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` when `publicKey` is not a usable Ed25519 point.
    public func seal(to publicKey: PasetoV2.Public.PublicKey) throws -> String {
        try PASERKSeal.seal(self, to: publicKey)
    }

    /// Opens a `k2.seal.` PASERK that was sealed to `secretKey`'s public key.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when it
    ///   is malformed, `authentication-failed` when it was sealed to another key or altered.
    public init(unsealing paserk: String, with secretKey: PasetoV2.Public.SecretKey) throws {
        self = try PASERKSeal.unseal(paserk, as: Self.self, with: secretKey)
    }

    /// Wraps this key with `wrappingKey` as a `k2.local-wrap.pie.` PASERK; see
    /// ``PasetoV4/Local/Key/wrap(with:)``.
    public func wrap(with wrappingKey: PasetoV2.Local.Key) -> String {
        PASERKWrap.wrap(self, with: wrappingKey)
    }

    /// Unwraps a `k2.local-wrap.pie.` PASERK with the local key that wrapped it.
    ///
    /// - Throws: as ``PasetoV4/Local/Key/init(unwrapping:with:)``.
    public init(unwrapping paserk: String, with wrappingKey: PasetoV2.Local.Key) throws {
        self = try PASERKWrap.unwrap(paserk, as: Self.self, with: wrappingKey)
    }

    /// Wraps this key under a password as a `k2.local-pw.` PASERK; see
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

    /// Unwraps a `k2.local-pw.` PASERK with its password, using the Argon2id parameters the PASERK records, refusing a cost above `maximumCost` before running Argon2id (a forged PASERK could
    /// otherwise demand any amount of memory and time).
    ///
    /// - Throws: `invalid-parameters` when the recorded cost exceeds `maximumCost`; as ``PasetoV4/Local/Key/init(unwrapping:withPassword:)``.
    public init(
        unwrapping paserk: String,
        withPassword password: PASERKPassword,
        maximumCost: Argon2idParameters = .unwrappingCeiling
    ) throws {
        self = try PASERKPasswordWrap.unwrap(paserk, as: Self.self, password: password, maximumCost: maximumCost)
    }
}

extension PasetoV2.Public.SecretKey {
    /// Wraps this key with a local `wrappingKey` as a `k2.secret-wrap.pie.` PASERK.
    public func wrap(with wrappingKey: PasetoV2.Local.Key) -> String {
        PASERKWrap.wrap(self, with: wrappingKey)
    }

    /// Unwraps a `k2.secret-wrap.pie.` PASERK with the local key that wrapped it.
    ///
    /// - Throws: as ``PasetoV4/Public/SecretKey/init(unwrapping:with:)``.
    public init(unwrapping paserk: String, with wrappingKey: PasetoV2.Local.Key) throws {
        self = try PASERKWrap.unwrap(paserk, as: Self.self, with: wrappingKey)
    }

    /// Wraps this key under a password as a `k2.secret-pw.` PASERK.
    ///
    /// - Throws: as ``PasetoV4/Local/Key/wrap(withPassword:parameters:)``.
    public func wrap(
        withPassword password: PASERKPassword,
        parameters: Argon2idParameters = .moderate
    ) throws -> String {
        try PASERKPasswordWrap.wrap(self, password: password, parameters: parameters)
    }

    /// Unwraps a `k2.secret-pw.` PASERK with its password, using the Argon2id parameters the PASERK records, refusing a cost above `maximumCost` before running Argon2id (a forged PASERK could
    /// otherwise demand any amount of memory and time).
    ///
    /// - Throws: `invalid-parameters` when the recorded cost exceeds `maximumCost`; as ``PasetoV4/Public/SecretKey/init(unwrapping:withPassword:)``.
    public init(
        unwrapping paserk: String,
        withPassword password: PASERKPassword,
        maximumCost: Argon2idParameters = .unwrappingCeiling
    ) throws {
        self = try PASERKPasswordWrap.unwrap(paserk, as: Self.self, password: password, maximumCost: maximumCost)
    }
}
