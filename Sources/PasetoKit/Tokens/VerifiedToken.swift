/// A token whose tag or signature verified: its payload and footer can be trusted.
///
/// Only the `decrypt` and `verify` functions create one. Its description shows sizes, never contents,
/// because the payload of a `local` token is secret.
public struct VerifiedToken: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The version and purpose the token was verified under.
    public let header: TokenHeader
    /// The decrypted (local) or verified (public) payload bytes, exactly as issued.
    public let payload: [UInt8]
    /// The authenticated footer bytes; empty when the token has none.
    public let footer: [UInt8]

    package init(header: TokenHeader, payload: [UInt8], footer: [UInt8]) {
        self.header = header
        self.payload = payload
        self.footer = footer
    }

    /// A token that just authenticated, once its footer passed the checks on the way in: a footer that is a
    /// JSON object is parsed strictly, and a duplicate member name or PASERK key material in any of its
    /// strings (after unescaping) refuses the token. A footer that is not a JSON object is left as it is.
    ///
    /// - Throws: ``PasetoError`` `invalid-footer`, or `limit-exceeded` for a footer nested deeper than
    ///   ``JSONLimits/depthCeiling``.
    package static func checkingFooter(
        header: TokenHeader,
        payload: [UInt8],
        footer: [UInt8]
    ) throws
        -> VerifiedToken
    {
        try FooterRules.checkAuthenticated(footer)
        return VerifiedToken(header: header, payload: payload, footer: footer)
    }

    /// The payload as UTF-8 text, or `nil` when it is not valid UTF-8.
    public var payloadText: String? { String(validating: payload, as: UTF8.self) }

    /// The footer as UTF-8 text, or `nil` when it is not valid UTF-8.
    public var footerText: String? { String(validating: footer, as: UTF8.self) }

    /// `VerifiedToken(v4.local, payload: N bytes, footer: M bytes)`; contents are never shown.
    public var description: String {
        "VerifiedToken(\(header.name), payload: \(payload.count) bytes, footer: \(footer.count) bytes)"
    }

    /// The same as ``description``: the payload of a local token is secret.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` and debuggers do not print the payload.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
