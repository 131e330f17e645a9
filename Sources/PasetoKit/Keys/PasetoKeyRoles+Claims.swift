extension PasetoLocalKey {
    /// Encrypts `claims` into a `local` token, completing them by `policy` (`iat`, `nbf` now; `exp` in one
    /// hour unless set).
    ///
    /// - Parameters:
    ///   - claims: The registered claims and your content.
    ///   - footer: A footer, usually ``PasetoFooter/init(keyIDOf:)`` naming this key.
    ///   - implicitAssertion: Bytes authenticated but not stored (v3/v4 only).
    ///   - policy: Defaults and bounds for the lifetime.
    /// - Throws: ``PasetoError`` `invalid-claim` or `invalid-payload` for claims that cannot be issued.
    public func encrypt<Content: Encodable & Sendable>(
        _ claims: PasetoClaims<Content>,
        footer: PasetoFooter = .none,
        implicitAssertion: [UInt8] = [],
        policy: IssuingPolicy = IssuingPolicy()
    ) throws -> String {
        try encrypt(
            try claims.issuingPayload(policy: policy),
            footer: footer.bytes,
            implicitAssertion: implicitAssertion
        )
    }

    /// Decrypts a `local` token and returns its claims once they pass `rules`.
    ///
    /// Order: the token length limit; header, segments and encoding; the tag (constant time); decryption;
    /// the footer rules; the payload as a strict JSON object (no duplicate names, within `limits`); the
    /// registered claims' types; `rules`; then decoding `Content`.
    ///
    /// - Throws: ``PasetoError``: every code of the raw `decrypt`, then `limit-exceeded`, `invalid-footer`,
    ///   `invalid-payload`, and the validation codes of ``ClaimRules/validate(_:)``.
    public func decrypt<Content: Decodable & Sendable>(
        _ token: String,
        as type: Content.Type = Content.self,
        rules: ClaimRules,
        expectedFooter: PasetoFooter? = nil,
        implicitAssertion: [UInt8] = [],
        limits: PasetoLimits = PasetoLimits()
    ) throws -> VerifiedClaims<Content> {
        try limits.checkTokenLength(token)
        let verified = try decrypt(token, expectedFooter: expectedFooter?.bytes, implicitAssertion: implicitAssertion)
        return try ClaimsReader.read(verified, as: type, rules: rules, limits: limits)
    }
}

extension PasetoSigningKey {
    /// Signs `claims` into a `public` token, completing them by `policy`. The claims are readable by anyone
    /// holding the token.
    ///
    /// - Throws: ``PasetoError`` `invalid-claim` or `invalid-payload` for claims that cannot be issued.
    public func sign<Content: Encodable & Sendable>(
        _ claims: PasetoClaims<Content>,
        footer: PasetoFooter = .none,
        implicitAssertion: [UInt8] = [],
        policy: IssuingPolicy = IssuingPolicy()
    ) throws -> String {
        try sign(try claims.issuingPayload(policy: policy), footer: footer.bytes, implicitAssertion: implicitAssertion)
    }
}

extension PasetoVerifyingKey {
    /// Verifies a `public` token and returns its claims once they pass `rules` (same order of checks as
    /// ``PasetoLocalKey/decrypt(_:as:rules:expectedFooter:implicitAssertion:limits:)``).
    ///
    /// - Throws: ``PasetoError``: every code of the raw `verify`, then `limit-exceeded`, `invalid-footer`,
    ///   `invalid-payload`, and the validation codes of ``ClaimRules/validate(_:)``.
    public func verify<Content: Decodable & Sendable>(
        _ token: String,
        as type: Content.Type = Content.self,
        rules: ClaimRules,
        expectedFooter: PasetoFooter? = nil,
        implicitAssertion: [UInt8] = [],
        limits: PasetoLimits = PasetoLimits()
    ) throws -> VerifiedClaims<Content> {
        try limits.checkTokenLength(token)
        let verified = try verify(token, expectedFooter: expectedFooter?.bytes, implicitAssertion: implicitAssertion)
        return try ClaimsReader.read(verified, as: type, rules: rules, limits: limits)
    }
}
