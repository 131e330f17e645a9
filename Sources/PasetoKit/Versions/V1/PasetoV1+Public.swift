extension PasetoV1.Public {
    /// Signs `message` into a `v1.public.` token.
    ///
    /// The RSASSA-PSS signature (SHA-384, MGF1 with SHA-384, 48-byte random salt) covers
    /// `PAE(header, message, footer)`; it is as long as the key's modulus (256 bytes for RSA-2048).
    ///
    /// - Parameters:
    ///   - message: The payload bytes; they stay readable by anyone holding the token.
    ///   - key: A v1 secret key.
    ///   - footer: Bytes appended in the clear and signed; empty for none.
    /// - Returns: The token, `v1.public.<payload>[.<footer>]`.
    public static func sign(_ message: [UInt8], using key: SecretKey, footer: [UInt8] = []) -> String {
        NISTPublicToken.sign(
            message,
            header: SecretKey.tokenHeader,
            footer: footer,
            binding: .init(publicKey: nil, implicitAssertion: nil),
            sign: key.signingKey.sign
        )
    }

    /// Verifies a `v1.public.` token and returns its payload.
    ///
    /// Checks run in this order, failing closed: the header is exactly `v1.public.`; three or four segments
    /// in strict base64url; the footer equals `expectedFooter` when given (constant time); the payload holds
    /// at least a signature as long as the key's modulus; the RSASSA-PSS signature verifies.
    ///
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: A v1 public key.
    ///   - expectedFooter: When given, the exact footer the token must carry (empty means "no footer").
    /// - Returns: The verified token.
    /// - Throws: ``PasetoError`` with code `invalid-header`, `key-mismatch`, `malformed-token`,
    ///   `footer-mismatch` or `authentication-failed`.
    ///   Once authenticated, a footer that is a JSON object is checked on the way in: a duplicate member
    ///   name or PASERK key material in any of its strings (after unescaping) is `invalid-footer`, nesting
    ///   deeper than ``JSONLimits/depthCeiling`` is `limit-exceeded`; other footers are left as they are.
    public static func verify(
        _ token: String,
        using key: PublicKey,
        expectedFooter: [UInt8]? = nil
    ) throws -> VerifiedToken {
        try NISTPublicToken.verify(
            token,
            header: PublicKey.tokenHeader,
            signatureCount: key.signatureCount,
            expectedFooter: expectedFooter,
            binding: .init(publicKey: nil, implicitAssertion: nil)
        ) { signature, message in
            RSAPSS.isValidSignature(signature, for: message, publicKeyDER: key.rawBytes)
        }
    }
}
