extension PasetoV2.Public {
    /// Signs `message` into a `v2.public.` token.
    ///
    /// The Ed25519 signature covers `PAE(header, message, footer)`.
    ///
    /// - Parameters:
    ///   - message: The payload bytes; they stay readable by anyone holding the token.
    ///   - key: A v2 secret key.
    ///   - footer: Bytes appended in the clear and signed; empty for none.
    /// - Returns: The token, `v2.public.<payload>[.<footer>]`.
    public static func sign(_ message: [UInt8], using key: SecretKey, footer: [UInt8] = []) -> String {
        Ed25519PublicToken.sign(
            message,
            secretKey: key.secret,
            header: SecretKey.tokenHeader,
            footer: footer,
            implicitAssertion: nil
        )
    }

    /// Verifies a `v2.public.` token and returns its payload.
    ///
    /// Checks run in this order, failing closed: the header is exactly `v2.public.`; three or four segments
    /// in strict base64url; the footer equals `expectedFooter` when given (constant time); the payload holds
    /// at least a signature; the Ed25519 signature verifies.
    ///
    /// - Parameters:
    ///   - token: The token text.
    ///   - key: A v2 public key.
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
        try Ed25519PublicToken.verify(
            token,
            publicKey: key.rawBytes,
            header: PublicKey.tokenHeader,
            expectedFooter: expectedFooter,
            implicitAssertion: nil
        )
    }
}
