extension PasetoV4.Public {
    /// Signs `message` into a `v4.public.` token.
    ///
    /// The Ed25519 signature covers `PAE(header, message, footer, implicitAssertion)`.
    ///
    /// - Parameters:
    ///   - message: The payload bytes; they stay readable by anyone holding the token.
    ///   - key: A v4 secret key.
    ///   - footer: Bytes appended in the clear and signed; empty for none.
    ///   - implicitAssertion: Bytes signed but not stored in the token; the verifier must supply them.
    /// - Returns: The token, `v4.public.<payload>[.<footer>]`.
    public static func sign(
        _ message: [UInt8],
        using key: SecretKey,
        footer: [UInt8] = [],
        implicitAssertion: [UInt8] = []
    ) -> String {
        Ed25519PublicToken.sign(
            message,
            secretKey: key.secret,
            header: SecretKey.tokenHeader,
            footer: footer,
            implicitAssertion: implicitAssertion
        )
    }

    /// Verifies a `v4.public.` token and returns its payload.
    ///
    /// Checks run in this order, failing closed: the header is exactly `v4.public.`; three or four segments
    /// in strict base64url; the footer equals `expectedFooter` when given (constant time); the payload holds
    /// at least a signature; the Ed25519 signature verifies.
    ///
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: A v4 public key.
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
        try Ed25519PublicToken.verify(
            token,
            publicKey: key.rawBytes,
            header: PublicKey.tokenHeader,
            expectedFooter: expectedFooter,
            implicitAssertion: implicitAssertion
        )
    }
}
