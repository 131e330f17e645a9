/// `v2.public` and `v4.public`: an Ed25519 signature over `PAE(h, m, f)` (v2) or `PAE(h, m, f, i)` (v4),
/// appended to the message.
enum Ed25519PublicToken {
    /// Signs `message` into a token with `header`; `implicitAssertion` is `nil` for v2, which has none.
    static func sign(
        _ message: [UInt8],
        secretKey: SecretBytes,
        header: TokenHeader,
        footer: [UInt8],
        implicitAssertion: [UInt8]?
    ) -> String {
        var body = message
        body.reserveCapacity(message.count + Ed25519.signatureCount)
        preAuthenticationEncoding(header, message, footer, implicitAssertion).withUnsafeBytes {
            body.append(contentsOf: Ed25519.sign($0, secretKey: secretKey))
        }
        return TokenFormat.assemble(header: header, body: body, footer: footer)
    }

    /// Verifies a token that must carry `header` and returns its payload.
    ///
    /// Checks run in this order, failing closed: the header; three or four segments in strict base64url; the
    /// footer equals `expectedFooter` when given (constant time); the payload holds at least a signature; the
    /// signature verifies.
    ///
    /// - Throws: ``PasetoError`` `invalid-header`, `key-mismatch`, `malformed-token`, `footer-mismatch` or
    ///   `authentication-failed`.
    ///   Once authenticated, a footer that is a JSON object is checked on the way in: a duplicate member
    ///   name or PASERK key material in any of its strings (after unescaping) is `invalid-footer`, nesting
    ///   deeper than ``JSONLimits/depthCeiling`` is `limit-exceeded`; other footers are left as they are.
    static func verify(
        _ token: String,
        publicKey: [UInt8],
        header: TokenHeader,
        expectedFooter: [UInt8]?,
        implicitAssertion: [UInt8]?
    ) throws -> VerifiedToken {
        let parts = try TokenParts.parse(token, expecting: header)
        try parts.requireFooter(expectedFooter)
        guard parts.body.count >= Ed25519.signatureCount else {
            throw PasetoError.make(.malformedToken, "a \(header.name) payload is at least 64 bytes")
        }
        let messageCount = parts.body.count - Ed25519.signatureCount
        let message = Array(parts.body[..<messageCount])
        let encoded = preAuthenticationEncoding(parts.header, message, parts.footer, implicitAssertion)
        let valid = parts.body.withUnsafeBytes { body in
            encoded.withUnsafeBytes { encoded in
                publicKey.withUnsafeBytes { publicKey in
                    Ed25519.isValidSignature(
                        UnsafeRawBufferPointer(rebasing: body[messageCount...]),
                        for: encoded,
                        publicKey: publicKey
                    )
                }
            }
        }
        guard valid else {
            throw PasetoError.make(.authenticationFailed, "the token did not authenticate with this key")
        }
        return try VerifiedToken.checkingFooter(header: parts.header, payload: message, footer: parts.footer)
    }

    /// `PAE(h, m, f)`, plus `i` when the version has implicit assertions; Ed25519 needs it as one message.
    private static func preAuthenticationEncoding(
        _ header: TokenHeader,
        _ message: [UInt8],
        _ footer: [UInt8],
        _ implicitAssertion: [UInt8]?
    ) -> [UInt8] {
        // Built in one allocation, without an array of pieces: this runs for every token.
        var output: [UInt8] = []
        let pieceCount = implicitAssertion == nil ? 3 : 4
        output.reserveCapacity(
            8 * (1 + pieceCount) + header.bytes.count + message.count + footer.count + (implicitAssertion?.count ?? 0)
        )
        PAE.writeCount(pieceCount) { output.append(contentsOf: $0) }
        header.bytes.withUnsafeBytes { piece in PAE.writePiece(piece) { output.append(contentsOf: $0) } }
        message.withUnsafeBytes { piece in PAE.writePiece(piece) { output.append(contentsOf: $0) } }
        footer.withUnsafeBytes { piece in PAE.writePiece(piece) { output.append(contentsOf: $0) } }
        implicitAssertion?.withUnsafeBytes { piece in PAE.writePiece(piece) { output.append(contentsOf: $0) } }
        return output
    }
}
