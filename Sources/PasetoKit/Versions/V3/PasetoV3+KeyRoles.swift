extension PasetoV3.Local.Key: PasetoLocalKey {
    /// Encrypts with this key; see ``PasetoV3/Local/encrypt(_:using:footer:implicitAssertion:)``.
    public func encrypt(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) -> String {
        PasetoV3.Local.encrypt(message, using: self, footer: footer, implicitAssertion: implicitAssertion)
    }

    /// Decrypts with this key; see ``PasetoV3/Local/decrypt(_:using:expectedFooter:implicitAssertion:)``.
    public func decrypt(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken {
        try PasetoV3.Local.decrypt(
            token,
            using: self,
            expectedFooter: expectedFooter,
            implicitAssertion: implicitAssertion
        )
    }
}

extension PasetoV3.Public.SecretKey: PasetoSigningKey, PASERKSealingSecretKey {
    /// Signs with this key; see ``PasetoV3/Public/sign(_:using:footer:implicitAssertion:)``.
    public func sign(_ message: [UInt8], footer: [UInt8], implicitAssertion: [UInt8]) -> String {
        PasetoV3.Public.sign(message, using: self, footer: footer, implicitAssertion: implicitAssertion)
    }

    /// P-384 ECDH between this key and the sender's ephemeral key; the subkeys bind this key's compressed point.
    package func openingAgreement(ephemeralPublicKey: [UInt8]) throws -> (sharedSecret: SecretBytes, recipient: [UInt8])
    {
        guard let shared = P384KeyAgreement.sharedSecret(scalar: secret, peer: ephemeralPublicKey) else {
            throw PASERKSeal.notSealedToThisKey()
        }
        return (shared, publicKey.rawBytes)
    }
}

extension PasetoV3.Public.PublicKey: PasetoVerifyingKey, PASERKSealingPublicKey {
    /// Verifies with this key; see ``PasetoV3/Public/verify(_:using:expectedFooter:implicitAssertion:)``.
    public func verify(_ token: String, expectedFooter: [UInt8]?, implicitAssertion: [UInt8]) throws -> VerifiedToken {
        try PasetoV3.Public.verify(
            token,
            using: self,
            expectedFooter: expectedFooter,
            implicitAssertion: implicitAssertion
        )
    }

    /// The size of the compressed ephemeral point in a `k3.seal.` PASERK.
    package static var ephemeralPublicKeyCount: Int { P384ECDSA.compressedPublicKeyCount }

    /// P-384 ECDH between a fresh ephemeral key and this key; the subkeys bind this key's compressed point.
    package func sealingAgreement(
        ephemeralSecretKey: SecretBytes?
    ) throws -> (ephemeralPublicKey: [UInt8], sharedSecret: SecretBytes, recipient: [UInt8]) {
        guard let agreement = P384KeyAgreement.agree(withRecipient: rawBytes, ephemeralScalar: ephemeralSecretKey)
        else {
            throw PasetoError.make(.invalidKey, "no P-384 key could be agreed with this public key")
        }
        return (agreement.ephemeralPublicKey, agreement.sharedSecret, rawBytes)
    }
}
