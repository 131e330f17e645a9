#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A token split and decoded strictly, before any cryptography: header, raw payload segment, raw footer.
///
/// Nothing here is authenticated yet. The checks, in order: a known header (and, when the caller's key
/// names one, that header exactly), then one or two dot-separated segments after it (a footer segment is
/// never empty), then strict base64url for each.
package struct TokenParts: Sendable {
    package let header: TokenHeader
    /// The decoded payload segment (`n ‖ c ‖ t` for local tokens, `m ‖ sig` for public ones).
    package let body: [UInt8]
    /// The decoded footer; empty when the token has none.
    package let footer: [UInt8]

    /// Parses `token`, which must carry `expected` as its header.
    ///
    /// - Throws: ``PasetoError`` `invalid-header` for an unknown header, `key-mismatch` for a known header
    ///   other than `expected`, `malformed-token` for bad segments or encoding.
    package static func parse(_ token: String, expecting expected: TokenHeader? = nil) throws -> TokenParts {
        var token = token
        return try token.withUTF8 { try parse(UnsafeRawBufferPointer($0), expecting: expected) }
    }

    private static func parse(_ token: UnsafeRawBufferPointer, expecting expected: TokenHeader?) throws -> TokenParts {
        let header = try readHeader(token, expecting: expected)
        let rest = UnsafeRawBufferPointer(rebasing: token[header.description.utf8.count...])
        let payloadEnd = Self.firstDot(in: rest).map { rest.startIndex + $0 } ?? rest.endIndex
        let payloadText = UnsafeRawBufferPointer(rebasing: rest[..<payloadEnd])
        guard !payloadText.isEmpty else {
            throw PasetoError.make(.malformedToken, "the payload segment is empty")
        }
        var footerText = UnsafeRawBufferPointer(start: nil, count: 0)
        if payloadEnd < rest.endIndex {
            footerText = UnsafeRawBufferPointer(rebasing: rest[(payloadEnd + 1)...])
            guard !footerText.isEmpty else {
                throw PasetoError.make(
                    .malformedToken,
                    "an empty footer segment; a token without footer has no trailing dot"
                )
            }
            guard Self.firstDot(in: footerText) == nil else {
                throw PasetoError.make(.malformedToken, "a token has at most four dot-separated segments")
            }
        }
        guard let body = TokenBase64URL.decode(payloadText) else {
            throw PasetoError.make(.malformedToken, "the payload segment is not strict unpadded base64url")
        }
        guard let footer = TokenBase64URL.decode(footerText) else {
            throw PasetoError.make(.malformedToken, "the footer segment is not strict unpadded base64url")
        }
        return TokenParts(header: header, body: body, footer: footer)
    }

    /// The offset of the first `.` in `bytes` (`memchr`, several times faster than a generic search).
    private static func firstDot(in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, !bytes.isEmpty,
            let found = memchr(base, Int32(UInt8(ascii: ".")), bytes.count)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    private static func readHeader(
        _ token: UnsafeRawBufferPointer,
        expecting expected: TokenHeader?
    ) throws -> TokenHeader {
        if let expected {
            let wanted = expected.description.utf8
            if token.count >= wanted.count, token.prefix(wanted.count).elementsEqual(wanted) {
                return expected
            }
        }
        let prefix = String(decoding: token.prefix(16), as: UTF8.self)
        guard let header = TokenHeader.parse(prefixOf: Substring(prefix).utf8) else {
            throw PasetoError.make(
                .invalidHeader,
                "the token does not start with a known vN.local. or vN.public. header"
            )
        }
        if let expected, header != expected {
            throw PasetoError.make(.keyMismatch, "the token is \(header.name) but the key is for \(expected.name)")
        }
        return header
    }

    /// Compares the token's footer with the footer the caller requires, in constant time.
    package func requireFooter(_ expected: [UInt8]?) throws {
        guard let expected else { return }
        guard ConstantTime.equals(footer, expected) else {
            throw PasetoError.make(.footerMismatch, "the token's footer is not the expected footer")
        }
    }
}
