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
        let header = SecretKey.tokenHeader
        let signature = preAuthenticationEncoding(header, message, footer, implicitAssertion).withUnsafeBytes {
            Ed25519.sign($0, secretKey: key.secret)
        }
        return TokenFormat.assemble(header: header, body: message + signature, footer: footer)
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
    public static func verify(
        _ token: String,
        using key: PublicKey,
        expectedFooter: [UInt8]? = nil,
        implicitAssertion: [UInt8] = []
    ) throws -> VerifiedToken {
        let parts = try TokenParts.parse(token, expecting: PublicKey.tokenHeader)
        try parts.requireFooter(expectedFooter)
        guard parts.body.count >= Ed25519.signatureCount else {
            throw PasetoError.make(.malformedToken, "a v4.public payload is at least 64 bytes")
        }
        let message = Array(parts.body.dropLast(Ed25519.signatureCount))
        let signature = Array(parts.body.suffix(Ed25519.signatureCount))
        let encoded = preAuthenticationEncoding(parts.header, message, parts.footer, implicitAssertion)
        let valid = signature.withUnsafeBytes { signature in
            encoded.withUnsafeBytes { encoded in
                key.rawBytes.withUnsafeBytes { publicKey in
                    Ed25519.isValidSignature(signature, for: encoded, publicKey: publicKey)
                }
            }
        }
        guard valid else {
            throw PasetoError.make(.authenticationFailed, "the token did not authenticate with this key")
        }
        return VerifiedToken(header: parts.header, payload: message, footer: parts.footer)
    }

    /// `PAE(h, m, f, i)`, which Ed25519 needs as one message.
    private static func preAuthenticationEncoding(
        _ header: TokenHeader,
        _ message: [UInt8],
        _ footer: [UInt8],
        _ implicitAssertion: [UInt8]
    ) -> [UInt8] {
        PAE.encode([header.bytes, message, footer, implicitAssertion])
    }
}
