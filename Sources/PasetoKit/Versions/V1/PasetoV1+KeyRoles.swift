extension PasetoV1.Local.Key: PasetoLocalKey {
    /// Encrypts with this key; see ``PasetoV1/Local/encrypt(_:using:footer:)``.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when `implicitAssertion` is not empty: v1 tokens have
    ///   no implicit assertions.
    public func encrypt(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) throws -> String {
        try PasetoV1.rejectImplicitAssertion(implicitAssertion)
        return PasetoV1.Local.encrypt(message, using: self, footer: footer)
    }

    /// Decrypts with this key; see ``PasetoV1/Local/decrypt(_:using:expectedFooter:)``.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when `implicitAssertion` is not empty, and every error
    ///   of ``PasetoV1/Local/decrypt(_:using:expectedFooter:)``.
    public func decrypt(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken {
        try PasetoV1.rejectImplicitAssertion(implicitAssertion)
        return try PasetoV1.Local.decrypt(token, using: self, expectedFooter: expectedFooter)
    }
}

extension PasetoV1.Public.SecretKey: PasetoSigningKey {
    /// Signs with this key; see ``PasetoV1/Public/sign(_:using:footer:)``.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when `implicitAssertion` is not empty.
    public func sign(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) throws -> String {
        try PasetoV1.rejectImplicitAssertion(implicitAssertion)
        return PasetoV1.Public.sign(message, using: self, footer: footer)
    }
}

extension PasetoV1.Public.PublicKey: PasetoVerifyingKey {
    /// Verifies with this key; see ``PasetoV1/Public/verify(_:using:expectedFooter:)``.
    ///
    /// - Throws: ``PasetoError`` `unsupported-version` when `implicitAssertion` is not empty, and every error
    ///   of ``PasetoV1/Public/verify(_:using:expectedFooter:)``.
    public func verify(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken {
        try PasetoV1.rejectImplicitAssertion(implicitAssertion)
        return try PasetoV1.Public.verify(token, using: self, expectedFooter: expectedFooter)
    }
}
