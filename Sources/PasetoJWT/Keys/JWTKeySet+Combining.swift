extension JWTKeySet {
    /// One key set holding the keys of several: for a transition window over legacy issuers that sign
    /// differently, such as an HMAC secret for one service and a JWKS for another.
    ///
    /// A token's `alg` decides which of them checks it, then the usual rule of that one applies: the PEM key,
    /// JWK or secret of the algorithm's family verifies tokens with or without `kid`; otherwise the JWKS
    /// (every JWKS given, merged into one) selects exactly one key by the token's `kid`. No other key is ever
    /// tried, so the combination never falls back from one key to another.
    ///
    /// To keep that choice unambiguous, a PEM key, JWK or secret must be the only key of its family in the
    /// combination: two HMAC secrets, or an RSA PEM key beside a JWKS holding RSA keys, are refused (a token
    /// could not say which one it means). Two JWKS keys of one family may not share a `kid`.
    ///
    /// ```swift
    /// let keys = try JWTKeySet(combining: [
    ///     try await JWTKeySet.hmacSecret(legacySecret),               // HS256 tokens of the old monolith
    ///     try await JWTKeySet.load(contentsOf: jwksBytes),            // RS256 tokens of the identity provider
    /// ])
    /// let verifier = JWTVerifier(keys: keys, allowedAlgorithms: [.hs256, .rs256])
    /// ```
    ///
    /// - Parameter sets: The key sets to combine, each loaded as usual (a combined set may be combined again).
    /// - Throws: ``JWTCompatError`` `invalid-key` for an empty list or an ambiguous combination.
    public init(combining sets: [JWTKeySet]) throws {
        let parts = sets.flatMap(\.sources)
        guard !parts.isEmpty else {
            throw JWTCompatError.make(.invalidKey, "there are no key sets to combine")
        }
        var keySetEntries: [JWTKeyEntry] = []
        var keySetSkipped: [SkippedKey] = []
        for part in parts where part.isKeySet {
            for entry in part.entries {
                if keySetEntries.contains(where: { Self.sameKeyID($0.keyID, entry.keyID) && $0.family == entry.family })
                {
                    throw JWTCompatError.make(
                        .invalidKey,
                        "two \(entry.family) keys of the JWKS share the kid \(entry.keyID ?? "(none)")"
                    )
                }
                keySetEntries.append(entry)
            }
            keySetSkipped += part.skipped
        }
        var combined = parts.filter { !$0.isKeySet }
        if parts.contains(where: \.isKeySet) {
            combined.append(
                JWTKeySource(entries: keySetEntries, skipped: keySetSkipped, isKeySet: true, shortSecretWarning: nil)
            )
        }
        for (index, single) in combined.enumerated() where !single.isKeySet {
            for other in combined[(index + 1)...] {
                if let shared = single.families.intersection(other.families).first {
                    throw JWTCompatError.make(
                        .invalidKey,
                        "two of the combined key sets hold \(shared) keys and one of them is not a JWKS: "
                            + "a token could not name which one checks it"
                    )
                }
            }
        }
        self.init(sources: combined)
    }
}
