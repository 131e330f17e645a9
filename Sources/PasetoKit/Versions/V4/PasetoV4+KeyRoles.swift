extension PasetoV4.Local.Key: PasetoLocalKey {
    /// Encrypts with this key; see ``PasetoV4/Local/encrypt(_:using:footer:implicitAssertion:)``.
    public func encrypt(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) -> String {
        PasetoV4.Local.encrypt(message, using: self, footer: footer, implicitAssertion: implicitAssertion)
    }

    /// Decrypts with this key; see ``PasetoV4/Local/decrypt(_:using:expectedFooter:implicitAssertion:)``.
    public func decrypt(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken {
        try PasetoV4.Local.decrypt(
            token,
            using: self,
            expectedFooter: expectedFooter,
            implicitAssertion: implicitAssertion
        )
    }
}

extension PasetoV4.Public.SecretKey: PasetoSigningKey {
    /// Signs with this key; see ``PasetoV4/Public/sign(_:using:footer:implicitAssertion:)``.
    public func sign(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) -> String {
        PasetoV4.Public.sign(message, using: self, footer: footer, implicitAssertion: implicitAssertion)
    }
}

extension PasetoV4.Public.PublicKey: PasetoVerifyingKey {
    /// Verifies with this key; see ``PasetoV4/Public/verify(_:using:expectedFooter:implicitAssertion:)``.
    public func verify(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken {
        try PasetoV4.Public.verify(
            token,
            using: self,
            expectedFooter: expectedFooter,
            implicitAssertion: implicitAssertion
        )
    }
}

extension PasetoV4.Public.SecretKey: Ed25519SigningKey {}

extension PasetoV4.Public.PublicKey: Ed25519VerifyingKey {}
