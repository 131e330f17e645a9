/// The PASERK wrap, password and seal types for keys known only at run time, as the command line reads them.
///
/// Every operation checks the kinds and versions of the keys involved before any cryptography: a PASERK or
/// key of another version or type fails with `key-mismatch`.
extension AnyPasetoKey {
    /// Wraps this local or secret key with `wrappingKey`, a local key of the same version, as
    /// `kN.local-wrap.pie.…` or `kN.secret-wrap.pie.…`.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is a public key, `wrappingKey` is not a local key or
    ///   the versions differ.
    public func wrap(with wrappingKey: AnyPasetoKey) throws -> String {
        let key = try wrappableKey(for: "wrapped")
        let wrapping = try wrappingKey.localKey(ofVersion: version, for: "wrap")
        return PASERKWrap.wrap(key, with: wrapping)
    }

    /// Unwraps a `kN.local-wrap.pie.` or `kN.secret-wrap.pie.` PASERK with `wrappingKey`.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when the PASERK is no wrapped key or `wrappingKey` is not a
    ///   local key of its version; `invalid-key`, `unsupported-version` and `authentication-failed` as
    ///   ``PasetoV4/Local/Key/init(unwrapping:with:)``.
    public init(unwrapping paserk: String, with wrappingKey: AnyPasetoKey) throws {
        let keyType = try Self.wrappedKeyType(of: paserk, expecting: [.localWrap, .secretWrap])
        let wrapping = try wrappingKey.localKey(ofVersion: keyType.version, for: "unwrap")
        try self.init(boxing: PASERKWrap.unwrap(paserk, as: keyType, with: wrapping))
    }

    /// Seals this local key to `publicKey`, a public key of the same version, as `kN.seal.…`.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when this is not a local key, `publicKey` is not a public key
    ///   or the versions differ; `invalid-key` when nothing can be sealed to `publicKey`; `unsupported-version`
    ///   for k1, whose `seal` needs raw RSA, which swift-crypto does not offer.
    public func seal(to publicKey: AnyPasetoKey) throws -> String {
        guard paserkType == .local else {
            throw Self.mismatch("only a local key can be sealed; this is a \(paserkType) key")
        }
        try Self.requireSealing(version)
        let key = try wrappableKey(for: "sealed")
        guard let recipient = publicKey.boxedKey as? any PASERKSealingPublicKey, publicKey.version == version else {
            let prefix = version.paserkPrefix
            throw Self.mismatch("sealing a \(prefix) key needs a \(prefix).public key, not a \(publicKey.kindName) key")
        }
        return try PASERKSeal.seal(key, to: recipient)
    }

    /// Opens a `kN.seal.` PASERK with `secretKey`, the secret key of the same version it was sealed to.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` when the PASERK is no sealed key or `secretKey` is not a
    ///   secret key of its version; `invalid-key` and `authentication-failed` as
    ///   ``PasetoV4/Local/Key/init(unsealing:with:)``; `unsupported-version` for a `k1.seal.` PASERK.
    public init(unsealing paserk: String, with secretKey: AnyPasetoKey) throws {
        let keyType = try Self.wrappedKeyType(of: paserk, expecting: [.seal])
        try Self.requireSealing(keyType.version)
        guard let recipient = secretKey.boxedKey as? any PASERKSealingSecretKey, secretKey.version == keyType.version
        else {
            let prefix = keyType.version.paserkPrefix
            throw Self.mismatch(
                "a \(prefix).seal. PASERK opens with a \(prefix).secret key, not a \(secretKey.kindName) key"
            )
        }
        try self.init(boxing: PASERKSeal.unseal(paserk, as: keyType, with: recipient))
    }

    /// Wraps this local or secret key under `password` as `kN.local-pw.…` or `kN.secret-pw.…`.
    ///
    /// - Parameters:
    ///   - parameters: The Argon2id cost for k2 and k4 keys.
    ///   - pbkdf2Parameters: The PBKDF2 iteration count for k1 and k3 keys.
    /// - Throws: ``PasetoError`` `key-mismatch` for a public key; `invalid-password` and
    ///   `key-derivation-failed` as ``PasetoV4/Local/Key/wrap(withPassword:parameters:)``.
    public func wrap(
        withPassword password: PASERKPassword,
        parameters: Argon2idParameters = .moderate,
        pbkdf2Parameters: PBKDF2Parameters = .recommended
    ) throws -> String {
        func wrap<Key: PASERKSecretKey>(_ key: Key) throws -> String {
            let cost = Key.Suite.select(argon2id: parameters, pbkdf2: pbkdf2Parameters)
            return try PASERKPasswordWrap.wrap(key, password: password, parameters: cost)
        }
        return try wrap(try wrappableKey(for: "wrapped under a password"))
    }

    /// Unwraps a `kN.local-pw.` or `kN.secret-pw.` PASERK with `password`, refusing a recorded cost above the
    /// ceiling of its family before deriving anything.
    ///
    /// - Parameters:
    ///   - maximumCost: The most Argon2id cost a k2/k4 PASERK may ask for.
    ///   - maximumPBKDF2Cost: The most PBKDF2 iterations a k1/k3 PASERK may ask for.
    /// - Throws: ``PasetoError`` `key-mismatch` when the PASERK is no password-wrapped key; `invalid-parameters`
    ///   when its cost is above the ceiling; `invalid-key`, `key-derivation-failed` and
    ///   `authentication-failed` as ``PasetoV4/Local/Key/init(unwrapping:withPassword:maximumCost:)``.
    public init(
        unwrapping paserk: String,
        withPassword password: PASERKPassword,
        maximumCost: Argon2idParameters = .unwrappingCeiling,
        maximumPBKDF2Cost: PBKDF2Parameters = .unwrappingCeiling
    ) throws {
        func unwrap<Key: PASERKSecretKey>(_ type: Key.Type) throws -> Key {
            let ceiling = Key.Suite.select(argon2id: maximumCost, pbkdf2: maximumPBKDF2Cost)
            return try PASERKPasswordWrap.unwrap(paserk, as: type, password: password, maximumCost: ceiling)
        }
        let keyType = try Self.wrappedKeyType(of: paserk, expecting: [.localPassword, .secretPassword])
        try self.init(boxing: unwrap(keyType))
    }
}

extension AnyPasetoKey {
    /// Boxes a key of any role.
    private init(boxing key: any PasetoKey) throws {
        if let key = key as? any PasetoLocalKey {
            self.init(key)
        } else if let key = key as? any PasetoSigningKey {
            self.init(key)
        } else if let key = key as? any PasetoVerifyingKey {
            self.init(key)
        } else {
            throw PasetoError.make(.unsupportedVersion, "\(type(of: key).paserkHeader) keys have no role")
        }
    }

    /// This key, when it is a local or secret key whose bytes the wrap types carry.
    private func wrappableKey(for operation: String) throws -> any PASERKSecretKey {
        guard paserkType == .local || paserkType == .secret else {
            throw Self.mismatch("only a local or secret key can be \(operation); this is a \(paserkType) key")
        }
        guard let key = boxedKey as? any PASERKSecretKey else {
            throw PasetoError.make(.unsupportedVersion, "\(version.paserkPrefix) keys cannot be \(operation) yet")
        }
        return key
    }

    /// This key, when it is a local key of `version` (the wrapping key of the PIE types).
    private func localKey(ofVersion version: PasetoVersion, for operation: String) throws -> any PASERKSecretKey {
        guard paserkType == .local, self.version == version, let key = boxedKey as? any PASERKSecretKey else {
            let prefix = version.paserkPrefix
            throw Self.mismatch(
                "to \(operation) a \(prefix) key the wrapping key must be a \(prefix).local key, not a \(kindName) key"
            )
        }
        return key
    }

    /// The key type a wrapped PASERK holds, when its type is one of `types` and the version is supported.
    private static func wrappedKeyType(
        of paserk: String,
        expecting types: [PASERKType]
    ) throws -> any PASERKSecretKey.Type {
        let (header, _) = try PASERKHeader.split(paserk)
        guard types.contains(header.type), let keyType = header.type.wrappedKeyType else {
            let names = types.map { "kN.\($0)." }.joined(separator: " or ")
            throw mismatch("a \(header) PASERK where \(names) was expected")
        }
        let candidates: [any PasetoKey.Type] = keyType == .local ? PasetoKeyTypes.local : PasetoKeyTypes.secret
        guard let type = candidates.first(where: { $0.version == header.version }) as? any PASERKSecretKey.Type else {
            throw PasetoError.make(.unsupportedVersion, "\(header) PASERKs are not supported yet")
        }
        return type
    }

    /// `k1.seal` encrypts with raw RSA (RSA-KEM), which swift-crypto does not offer, and a hand-written big
    /// integer RSA would not run in constant time: it is refused.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` for version 1.
    private static func requireSealing(_ version: PasetoVersion) throws {
        guard version != .v1 else {
            throw PasetoError.make(
                .unsupportedVersion,
                "k1.seal needs raw RSA (RSA-KEM), which swift-crypto does not offer; use k3 or k4 to seal keys"
            )
        }
    }

    /// `k4.local`, `k2.secret`: the key's PASERK version and type, for messages.
    private var kindName: String { "\(version.paserkPrefix).\(paserkType)" }

    private static func mismatch(_ message: String) -> PasetoError {
        PasetoError.make(.keyMismatch, message)
    }
}
