import JWTKit
import PasetoKit

extension JWTKeySet {
    /// The one key and jwt-kit verifier that may check a token with this `kid` and `alg`; no other key is
    /// ever tried. A `kid` matches only when its bytes are the key's (RFC 7515 §5.3: no Unicode
    /// normalisation), so `"é"` never selects a key named `"e\u{301}"`.
    ///
    /// In a combined set the algorithm's family first picks the source: the PEM key, JWK or secret of that
    /// family if there is one, else the (merged) JWKS, where `kid` then selects as in any JWKS.
    ///
    /// - Throws: ``JWTCompatError`` `missing-kid`, `unknown-kid`, `algorithm-key-mismatch` or `weak-hmac-key`.
    func select(keyID: String?, algorithm: JWSAlgorithm) throws -> (entry: JWTKeyEntry, verifier: any JWTAlgorithm) {
        let entry = try source(for: algorithm).candidate(keyID: keyID, algorithm: algorithm)
        guard entry.family == algorithm.family else {
            throw JWTCompatError.make(
                .algorithmKeyMismatch,
                "the token's alg \(algorithm) needs a \(algorithm.family) key; the key is \(entry.family)"
            )
        }
        if let pinned = entry.pinnedAlgorithm, pinned != algorithm {
            throw JWTCompatError.make(
                .algorithmKeyMismatch,
                "the key's JWK names alg \(pinned); the token's alg is \(algorithm)"
            )
        }
        guard let verifier = entry.verifiers[algorithm] else {
            // Only HMAC leaves algorithms out: those whose hash is longer than the secret.
            throw JWTCompatError.make(
                .weakHMACKey,
                "\(algorithm) needs an HMAC secret of at least \(algorithm.hashByteCount) bytes (RFC 7518 §3.2)"
            )
        }
        return (entry, verifier)
    }

    /// The source whose rule selects the key: the only one, or in a combined set the one that owns the
    /// algorithm's family (a PEM key, JWK or secret), else the JWKS.
    private func source(for algorithm: JWSAlgorithm) throws -> JWTKeySource {
        if sources.count == 1, let only = sources.first { return only }
        if let owner = sources.first(where: { !$0.isKeySet && $0.families.contains(algorithm.family) }) {
            return owner
        }
        if let keySet = sources.first(where: \.isKeySet) { return keySet }
        throw JWTCompatError.make(
            .algorithmKeyMismatch,
            "the token's alg \(algorithm) needs a \(algorithm.family) key; the key set holds none"
        )
    }
}
