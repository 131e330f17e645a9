// The k1 forms of the PASERK wrap types, on the same implementation as k3 (`PASERKWrap`,
// `PASERKPasswordWrap`). There is no `k1.seal`: it encrypts with raw RSA (RSA-KEM to a 4096-bit key), which
// swift-crypto does not offer, and a hand-written big-integer RSA would not run in constant time.

extension PasetoV1.Local.Key {
    /// Wraps this key with `wrappingKey` as a `k1.local-wrap.pie.` PASERK; see
    /// ``PasetoV4/Local/Key/wrap(with:)``.
    public func wrap(with wrappingKey: PasetoV1.Local.Key) -> String {
        PASERKWrap.wrap(self, with: wrappingKey)
    }

    /// Unwraps a `k1.local-wrap.pie.` PASERK with the local key that wrapped it.
    ///
    /// - Throws: as ``PasetoV4/Local/Key/init(unwrapping:with:)``.
    public init(unwrapping paserk: String, with wrappingKey: PasetoV1.Local.Key) throws {
        self = try PASERKWrap.unwrap(paserk, as: Self.self, with: wrappingKey)
    }

    /// Wraps this key under a password as a `k1.local-pw.` PASERK; see
    /// ``PasetoV3/Local/Key/wrap(withPassword:parameters:)``.
    ///
    /// - Throws: ``PasetoError`` `invalid-password` for an empty password.
    public func wrap(
        withPassword password: PASERKPassword,
        parameters: PBKDF2Parameters = .recommended
    ) throws -> String {
        try PASERKPasswordWrap.wrap(self, password: password, parameters: parameters)
    }

    /// Unwraps a `k1.local-pw.` PASERK with its password.
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

extension PasetoV1.Public.SecretKey {
    /// Wraps this key (its PKCS#1 DER) with a local `wrappingKey` as a `k1.secret-wrap.pie.` PASERK.
    public func wrap(with wrappingKey: PasetoV1.Local.Key) -> String {
        PASERKWrap.wrap(self, with: wrappingKey)
    }

    /// Unwraps a `k1.secret-wrap.pie.` PASERK with the local key that wrapped it.
    ///
    /// - Throws: as ``PasetoV4/Public/SecretKey/init(unwrapping:with:)``; `invalid-key` when the unwrapped
    ///   bytes are no acceptable RSA key.
    public init(unwrapping paserk: String, with wrappingKey: PasetoV1.Local.Key) throws {
        self = try PASERKWrap.unwrap(paserk, as: Self.self, with: wrappingKey)
    }

    /// Wraps this key (its PEM text, as the official vectors do) under a password as a `k1.secret-pw.` PASERK.
    ///
    /// - Throws: ``PasetoError`` `invalid-password` for an empty password.
    public func wrap(
        withPassword password: PASERKPassword,
        parameters: PBKDF2Parameters = .recommended
    ) throws -> String {
        try PASERKPasswordWrap.wrap(self, password: password, parameters: parameters)
    }

    /// Unwraps a `k1.secret-pw.` PASERK with its password.
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
