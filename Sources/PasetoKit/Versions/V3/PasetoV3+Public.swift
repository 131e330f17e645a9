extension PasetoV3.Public {
    /// Signs `message` into a `v3.public.` token.
    ///
    /// The ECDSA P-384 / SHA-384 signature, raw `r ‖ s` (96 bytes), covers
    /// `PAE(publicKey, header, message, footer, implicitAssertion)` with the signer's 49-byte compressed public
    /// key first. The ECDSA nonce is random (hedged) rather than RFC 6979, as the specification allows, so two
    /// signatures of one message differ.
    ///
    /// - Parameters:
    ///   - message: The payload bytes; they stay readable by anyone holding the token.
    ///   - key: A v3 secret key.
    ///   - footer: Bytes appended in the clear and signed; empty for none.
    ///   - implicitAssertion: Bytes signed but not stored in the token; the verifier must supply them.
    /// - Returns: The token, `v3.public.<payload>[.<footer>]`.
    public static func sign(
        _ message: [UInt8],
        using key: SecretKey,
        footer: [UInt8] = [],
        implicitAssertion: [UInt8] = []
    ) -> String {
        NISTPublicToken.sign(
            message,
            header: SecretKey.tokenHeader,
            footer: footer,
            binding: .init(publicKey: key.publicKey.rawBytes, implicitAssertion: implicitAssertion),
            sign: key.signingKey.sign
        )
    }

    /// Verifies a `v3.public.` token and returns its payload.
    ///
    /// Checks run in this order, failing closed: the header is exactly `v3.public.`; three or four segments
    /// in strict base64url; the footer equals `expectedFooter` when given (constant time); the payload holds
    /// at least a signature; the signature verifies.
    ///
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: A v3 public key.
    ///   - expectedFooter: When given, the exact footer the token must carry (empty means "no footer").
    ///   - implicitAssertion: The implicit assertion the token was signed with; empty for none.
    /// - Returns: The verified token.
    /// - Throws: ``PasetoError`` with code `invalid-header`, `key-mismatch`, `malformed-token`,
    ///   `footer-mismatch` or `authentication-failed`.
    ///   Once authenticated, a footer that is a JSON object is checked on the way in: a duplicate member
    ///   name or PASERK key material in any of its strings (after unescaping) is `invalid-footer`, nesting
    ///   deeper than ``JSONLimits/depthCeiling`` is `limit-exceeded`; other footers are left as they are.
    public static func verify(
        _ token: String,
        using key: PublicKey,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        try NISTPublicToken.verify(
            token,
            header: PublicKey.tokenHeader,
            signatureCount: P384ECDSA.signatureCount,
            expectedFooter: expectedFooter,
            binding: .init(publicKey: key.rawBytes, implicitAssertion: implicitAssertion)
        ) { signature, message in
            P384ECDSA.isValidSignature(signature, for: message, compressedPublicKey: key.rawBytes)
        }
    }
}
