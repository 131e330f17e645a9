extension PasetoV2.Local.Key: PasetoLocalKey {
    /// Encrypts with this key; see ``PasetoV2/Local/encrypt(_:using:footer:)``.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when `implicitAssertion` is not empty: v2 tokens have
    ///   no implicit assertions.
    public func encrypt(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) throws -> String {
        try PasetoV2.rejectImplicitAssertion(implicitAssertion)
        return PasetoV2.Local.encrypt(message, using: self, footer: footer)
    }

    /// Decrypts with this key; see ``PasetoV2/Local/decrypt(_:using:expectedFooter:)``.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when `implicitAssertion` is not empty, and every error
    ///   of ``PasetoV2/Local/decrypt(_:using:expectedFooter:)``.
    public func decrypt(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken {
        try PasetoV2.rejectImplicitAssertion(implicitAssertion)
        return try PasetoV2.Local.decrypt(token, using: self, expectedFooter: expectedFooter)
    }
}

extension PasetoV2.Public.SecretKey: PasetoSigningKey, Ed25519SigningKey {
    /// Signs with this key; see ``PasetoV2/Public/sign(_:using:footer:)``.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when `implicitAssertion` is not empty: v2 tokens have
    ///   no implicit assertions.
    public func sign(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) throws -> String {
        try PasetoV2.rejectImplicitAssertion(implicitAssertion)
        return PasetoV2.Public.sign(message, using: self, footer: footer)
    }
}

extension PasetoV2.Public.PublicKey: PasetoVerifyingKey, Ed25519VerifyingKey {
    /// Verifies with this key; see ``PasetoV2/Public/verify(_:using:expectedFooter:)``.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when `implicitAssertion` is not empty, and every error
    ///   of ``PasetoV2/Public/verify(_:using:expectedFooter:)``.
    public func verify(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken {
        try PasetoV2.rejectImplicitAssertion(implicitAssertion)
        return try PasetoV2.Public.verify(token, using: self, expectedFooter: expectedFooter)
    }
}
