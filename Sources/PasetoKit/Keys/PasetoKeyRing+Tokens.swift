extension PasetoKeyRing where Key: PasetoLocalKey {
    /// Encrypts `claims` with the active key, writing its id as the footer `kid`.
    ///
    /// - Throws: ``PasetoError`` `unknown-key` when no key is active, and the issuing errors of
    ///   ``PasetoLocalKey/encrypt(_:footer:implicitAssertion:policy:)``.
    public func encrypt<Content: Encodable & Sendable>(
        _ claims: PasetoClaims<Content>,
        implicitAssertion: [UInt8] = [],
        policy: IssuingPolicy = IssuingPolicy()
    ) throws -> String {
        let (_, key) = try activeKey()
        return try key.encrypt(
            claims,
            footer: PasetoFooter(keyIDOf: key),
            implicitAssertion: implicitAssertion,
            policy: policy
        )
    }

    /// Decrypts a token with the key its `kid` names and returns its claims once they pass `rules`.
    ///
    /// - Throws: ``PasetoError`` `unknown-key`, `retired-key`, and every error of
    ///   ``PasetoLocalKey/decrypt(_:as:rules:expectedFooter:implicitAssertion:limits:)``.
    public func decrypt<Content: Decodable & Sendable>(
        _ token: String,
        as type: Content.Type = Content.self,
        rules: ClaimRules,
        implicitAssertion: [UInt8] = [],
        limits: PasetoLimits = PasetoLimits()
    ) throws -> VerifiedClaims<Content> {
        try firstSuccess(for: token, limits: limits) { key in
            try key.decrypt(token, as: type, rules: rules, implicitAssertion: implicitAssertion, limits: limits)
        }
    }
}

extension PasetoKeyRing where Key: PasetoSigningKey {
    /// Signs `claims` with the active key, writing its public key's id as the footer `kid`.
    ///
    /// - Throws: ``PasetoError`` `unknown-key` when no key is active, and the issuing errors.
    public func sign<Content: Encodable & Sendable>(
        _ claims: PasetoClaims<Content>,
        implicitAssertion: [UInt8] = [],
        policy: IssuingPolicy = IssuingPolicy()
    ) throws -> String {
        let (_, key) = try activeKey()
        return try key.sign(
            claims,
            footer: PasetoFooter(keyIDOf: key),
            implicitAssertion: implicitAssertion,
            policy: policy
        )
    }

    /// Verifies a token with the public half of the key its `kid` names.
    ///
    /// - Throws: ``PasetoError`` `unknown-key`, `retired-key`, and every error of
    ///   ``PasetoVerifyingKey/verify(_:as:rules:expectedFooter:implicitAssertion:limits:)``.
    public func verify<Content: Decodable & Sendable>(
        _ token: String,
        as type: Content.Type = Content.self,
        rules: ClaimRules,
        implicitAssertion: [UInt8] = [],
        limits: PasetoLimits = PasetoLimits()
    ) throws -> VerifiedClaims<Content> {
        try firstSuccess(for: token, limits: limits) { key in
            try key.publicKey.verify(
                token,
                as: type,
                rules: rules,
                implicitAssertion: implicitAssertion,
                limits: limits
            )
        }
    }
}

extension PasetoKeyRing where Key: PasetoVerifyingKey {
    /// Verifies a token with the key its `kid` names.
    ///
    /// - Throws: ``PasetoError`` `unknown-key`, `retired-key`, and every error of
    ///   ``PasetoVerifyingKey/verify(_:as:rules:expectedFooter:implicitAssertion:limits:)``.
    public func verify<Content: Decodable & Sendable>(
        _ token: String,
        as type: Content.Type = Content.self,
        rules: ClaimRules,
        implicitAssertion: [UInt8] = [],
        limits: PasetoLimits = PasetoLimits()
    ) throws -> VerifiedClaims<Content> {
        try firstSuccess(for: token, limits: limits) { key in
            try key.verify(token, as: type, rules: rules, implicitAssertion: implicitAssertion, limits: limits)
        }
    }
}
