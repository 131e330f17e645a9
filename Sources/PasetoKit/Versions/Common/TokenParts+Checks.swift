extension TokenParts {
    /// Parses `token`, which must carry `header`, then requires the footer to be `expectedFooter` (when given,
    /// in constant time) and the payload to hold at least `minimumBodyCount` bytes: the checks every version
    /// runs, in this order, before any cryptography.
    ///
    /// - Throws: ``PasetoError`` `invalid-header`, `key-mismatch`, `malformed-token` or `footer-mismatch`.
    static func parse(
        _ token: String,
        expecting header: TokenHeader,
        expectedFooter: [UInt8]?,
        minimumBodyCount: Int
    ) throws -> TokenParts {
        let parts = try parse(token, expecting: header)
        try parts.requireFooter(expectedFooter)
        if parts.body.count < minimumBodyCount {
            throw PasetoError.make(.malformedToken, "a \(header.name) payload is at least \(minimumBodyCount) bytes")
        }
        return parts
    }
}
