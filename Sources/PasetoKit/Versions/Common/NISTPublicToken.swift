/// `v1.public` (RSASSA-PSS) and `v3.public` (ECDSA P-384): a signature appended to the message, over
/// `PAE(h, m, f)` for v1 and `PAE(pk, h, m, f, i)` for v3, whose compressed public key comes first.
enum NISTPublicToken {
    /// What a version binds besides header, message and footer.
    struct Binding {
        /// v3's compressed public key, the first PAE piece; `nil` for v1.
        var publicKey: [UInt8]?
        /// v3's implicit assertion, the last PAE piece; `nil` for v1, which has none.
        var implicitAssertion: [UInt8]?

        /// The pre-authentication encoding the signature covers.
        func encode(_ header: TokenHeader, _ message: [UInt8], _ footer: [UInt8]) -> [UInt8] {
            PAE.encode([publicKey, header.bytes, message, footer, implicitAssertion].compactMap { $0 })
        }
    }

    /// Signs `message` into a token with `header`; `sign` turns the PAE bytes into a signature.
    static func sign(
        _ message: [UInt8],
        header: TokenHeader,
        footer: [UInt8],
        binding: Binding,
        sign: (UnsafeRawBufferPointer) -> [UInt8]
    ) -> String {
        let signature = binding.encode(header, message, footer).withUnsafeBytes(sign)
        return TokenFormat.assemble(header: header, body: message + signature, footer: footer)
    }

    /// Verifies a token that must carry `header` and a `signatureCount`-byte signature, and returns its
    /// payload; `isValid(signature, pae)` checks the signature.
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
        header: TokenHeader,
        signatureCount: Int,
        expectedFooter: [UInt8]?,
        binding: Binding,
        isValid: (_ signature: UnsafeRawBufferPointer, _ message: UnsafeRawBufferPointer) -> Bool
    ) throws -> VerifiedToken {
        let parts = try TokenParts.parse(
            token,
            expecting: header,
            expectedFooter: expectedFooter,
            minimumBodyCount: signatureCount
        )
        let messageEnd = parts.body.count - signatureCount
        let message = Array(parts.body[..<messageEnd])
        let encoded = binding.encode(parts.header, message, parts.footer)
        let valid = parts.body.withUnsafeBytes { body in
            encoded.withUnsafeBytes { isValid(UnsafeRawBufferPointer(rebasing: body[messageEnd...]), $0) }
        }
        guard valid else {
            throw PasetoError.make(.authenticationFailed, "the token did not authenticate with this key")
        }
        return try VerifiedToken.checkingFooter(header: parts.header, payload: message, footer: parts.footer)
    }
}
