/// The header checks every verification makes before it looks at a key (RFC 8725 §3.1, §3.2).
enum HeaderPolicy {
    /// The token's algorithm, when it is one this verifier runs.
    ///
    /// - Throws: ``JWTCompatError`` `invalid-header` (no `alg`), `alg-none` (`none` in any letter case),
    ///   `unsupported-algorithm` or `algorithm-not-allowed`.
    static func algorithm(of header: JOSEHeader, allowed: Set<JWSAlgorithm>?) throws -> JWSAlgorithm {
        guard let name = header.algorithm else {
            throw JWTCompatError.make(.invalidHeader, "the header has no alg")
        }
        guard name.lowercased() != "none" else {
            throw JWTCompatError.make(.algNone, "alg none: the token is not signed")
        }
        guard let algorithm = JWSAlgorithm(name: name) else {
            throw JWTCompatError.make(.unsupportedAlgorithm, "alg \(name.prefix(32)) is not a supported JWS algorithm")
        }
        if let allowed, !allowed.contains(algorithm) {
            throw JWTCompatError.make(.algorithmNotAllowed, "alg \(algorithm) is not in the allowed algorithms")
        }
        return algorithm
    }

    /// Refuses headers that offer a key or a place to fetch one: the verifier's keys are configured, never
    /// taken from the token.
    ///
    /// - Throws: ``JWTCompatError`` `embedded-key-refused`.
    static func refuseEmbeddedKeys(in header: JOSEHeader) throws {
        if let name = JOSEHeader.keyCarryingMembers.first(where: header.memberNames.contains) {
            throw JWTCompatError.make(
                .embeddedKeyRefused,
                "the header's \(name) offers a key; tokens never choose the key that checks them"
            )
        }
    }

    /// Refuses `crit`: this verifier implements no JWS extension (such as RFC 7797's `b64`), so every listed
    /// one is unknown to it, and RFC 7515 §4.1.11 requires refusing the token.
    ///
    /// - Throws: ``JWTCompatError`` `unknown-critical-header`.
    static func refuseCriticalExtensions(in header: JOSEHeader) throws {
        guard let critical = header.critical else { return }
        let names = critical.map { String($0.prefix(32)) }.joined(separator: ", ")
        throw JWTCompatError.make(
            .unknownCriticalHeader,
            critical.isEmpty
                ? "crit is empty, which RFC 7515 forbids" : "crit lists extensions not understood: \(names)"
        )
    }
}
