/// A token parsed without any verification, to read its version, purpose and footer before choosing a key.
///
/// Parsing is as strict as for verification (known header, at most four segments, strict base64url), but
/// nothing here is authenticated: use the footer only to pick a key (for example by a PASERK id), then call
/// `decrypt` or `verify`, which return a ``VerifiedToken``.
///
/// - Important: Never act on ``untrustedFooter`` or ``untrustedPayload`` beyond choosing a key.
public struct UntrustedToken: Sendable, CustomStringConvertible {
    /// The header the token claims.
    public let header: TokenHeader
    /// The footer bytes, unauthenticated; empty when the token has none.
    public let untrustedFooter: [UInt8]
    /// For `public` tokens, the readable message (the payload without its signature), unverified;
    /// `nil` for `local` tokens, whose payload is encrypted, or when the payload is shorter than a signature.
    public let untrustedPayload: [UInt8]?

    /// Parses `token` strictly without verifying it.
    ///
    /// - Throws: ``PasetoError`` with code `invalid-header` or `malformed-token`.
    public init(_ token: String) throws {
        let parts = try TokenParts.parse(token)
        header = parts.header
        untrustedFooter = parts.footer
        if parts.header.purpose == .public, let signatureCount = Self.signatureCount[parts.header.version],
            parts.body.count >= signatureCount
        {
            untrustedPayload = Array(parts.body.dropLast(signatureCount))
        } else {
            untrustedPayload = nil
        }
    }

    /// The footer read with the footer rules and `limits`, for choosing a key by its `kid` before verifying.
    ///
    /// - Important: Nothing in it is authenticated yet: use the `kid` only to pick a key, then verify.
    /// - Throws: ``PasetoError`` `limit-exceeded` or `invalid-footer` (key material, a malformed JSON
    ///   object, or a `kid` that is not a PASERK id of the token's version).
    public func untrustedParsedFooter(limits: PasetoLimits = PasetoLimits()) throws -> PasetoFooter {
        try PasetoFooter(untrusted: untrustedFooter, version: header.version, limits: limits)
    }

    /// Signature sizes of the public modes: RSA-2048 (v1), Ed25519 (v2, v4), P-384 r‖s (v3).
    private static let signatureCount: [PasetoVersion: Int] = [.v1: 256, .v2: 64, .v3: 96, .v4: 64]

    /// `UntrustedToken(v4.public, footer: N bytes)`.
    public var description: String {
        "UntrustedToken(\(header.name), footer: \(untrustedFooter.count) bytes)"
    }
}
