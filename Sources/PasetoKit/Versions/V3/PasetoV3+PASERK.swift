// The k3 forms of the PASERK wrap types: `seal` uses P-384 ECDH, `*-wrap.pie` HMAC-SHA-384 and AES-256-CTR,
// `*-pw` PBKDF2-SHA-384. They share one implementation with every other version (`PASERKSeal`, `PASERKWrap`,
// `PASERKPasswordWrap`); the documentation of the k4 methods says more.

extension PasetoV3.Local.Key {
    /// Seals this key to `publicKey` as a `k3.seal.` PASERK (P-384 ECDH with a fresh ephemeral key), which
    /// only the matching secret key opens; see ``PasetoV4/Local/Key/seal(to:)``.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` when no key can be agreed with `publicKey`.
    public func seal(to publicKey: PasetoV3.Public.PublicKey) throws -> String {
        try PASERKSeal.seal(self, to: publicKey)
    }

    /// Opens a `k3.seal.` PASERK that was sealed to `secretKey`'s public key.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when it
    ///   is malformed, `authentication-failed` when it was sealed to another key or altered.
    public init(unsealing paserk: String, with secretKey: PasetoV3.Public.SecretKey) throws {
        self = try PASERKSeal.unseal(paserk, as: Self.self, with: secretKey)
    }

    /// Wraps this key with `wrappingKey` as a `k3.local-wrap.pie.` PASERK; see
    /// ``PasetoV4/Local/Key/wrap(with:)``.
    public func wrap(with wrappingKey: PasetoV3.Local.Key) -> String {
        PASERKWrap.wrap(self, with: wrappingKey)
    }

    /// Unwraps a `k3.local-wrap.pie.` PASERK with the local key that wrapped it.
    ///
    /// - Throws: as ``PasetoV4/Local/Key/init(unwrapping:with:)``.
    public init(unwrapping paserk: String, with wrappingKey: PasetoV3.Local.Key) throws {
        self = try PASERKWrap.unwrap(paserk, as: Self.self, with: wrappingKey)
    }

    /// Wraps this key under a password as a `k3.local-pw.` PASERK (PBKDF2-SHA-384, then AES-256-CTR and
    /// HMAC-SHA-384). The PASERK records the iteration count; never put it in a footer.
    ///
    /// - Parameter parameters: The PBKDF2 cost; ``PBKDF2Parameters/recommended`` by default.
    /// - Throws: ``PasetoError`` `invalid-password` for an empty password.
    public func wrap(
        withPassword password: PASERKPassword,
        parameters: PBKDF2Parameters = .recommended
    ) throws -> String {
        try PASERKPasswordWrap.wrap(self, password: password, parameters: parameters)
    }

    /// Unwraps a `k3.local-pw.` PASERK with its password, using the iteration count the PASERK records and
    /// refusing one above `maximumCost` before running PBKDF2.
    ///
    /// - Throws: ``PasetoError`` `invalid-parameters` when the recorded count exceeds `maximumCost`;
    ///   `key-mismatch` for a PASERK of another version or type, `invalid-key` when malformed,
    ///   `authentication-failed` for a wrong password or an altered PASERK.
    public init(
        unwrapping paserk: String,
        withPassword password: PASERKPassword,
        maximumCost: PBKDF2Parameters = .unwrappingCeiling
    ) throws {
        self = try PASERKPasswordWrap.unwrap(paserk, as: Self.self, password: password, maximumCost: maximumCost)
    }
}

extension PasetoV3.Public.SecretKey {
    /// Wraps this key with a local `wrappingKey` as a `k3.secret-wrap.pie.` PASERK.
    public func wrap(with wrappingKey: PasetoV3.Local.Key) -> String {
        PASERKWrap.wrap(self, with: wrappingKey)
    }

    /// Unwraps a `k3.secret-wrap.pie.` PASERK with the local key that wrapped it.
    ///
    /// - Throws: as ``PasetoV4/Public/SecretKey/init(unwrapping:with:)``; `invalid-key` when the unwrapped
    ///   bytes are no P-384 scalar.
    public init(unwrapping paserk: String, with wrappingKey: PasetoV3.Local.Key) throws {
        self = try PASERKWrap.unwrap(paserk, as: Self.self, with: wrappingKey)
    }

    /// Wraps this key under a password as a `k3.secret-pw.` PASERK; see
    /// ``PasetoV3/Local/Key/wrap(withPassword:parameters:)``.
    ///
    /// - Throws: ``PasetoError`` `invalid-password` for an empty password.
    public func wrap(
        withPassword password: PASERKPassword,
        parameters: PBKDF2Parameters = .recommended
    ) throws -> String {
        try PASERKPasswordWrap.wrap(self, password: password, parameters: parameters)
    }

    /// Unwraps a `k3.secret-pw.` PASERK with its password; see
    /// ``PasetoV3/Local/Key/init(unwrapping:withPassword:maximumCost:)``.
    ///
    /// - Throws: as ``PasetoV3/Local/Key/init(unwrapping:withPassword:maximumCost:)``.
    public init(
        unwrapping paserk: String,
        withPassword password: PASERKPassword,
        maximumCost: PBKDF2Parameters = .unwrappingCeiling
    ) throws {
        self = try PASERKPasswordWrap.unwrap(paserk, as: Self.self, password: password, maximumCost: maximumCost)
    }
}
