import JWTKit
import PasetoKit

extension JWTKeySet {
    /// The one key and jwt-kit verifier that may check a token with this `kid` and `alg`; no other key is
    /// ever tried. A `kid` matches only when its bytes are the key's (RFC 7515 §5.3: no Unicode
    /// normalisation), so `"é"` never selects a key named `"e\u{301}"`.
    ///
    /// - Throws: ``JWTCompatError`` `missing-kid`, `unknown-kid`, `algorithm-key-mismatch` or `weak-hmac-key`.
    func select(keyID: String?, algorithm: JWSAlgorithm) throws -> (entry: JWTKeyEntry, verifier: any JWTAlgorithm) {
        let entry = try candidate(keyID: keyID, algorithm: algorithm)
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

    private func candidate(keyID: String?, algorithm: JWSAlgorithm) throws -> JWTKeyEntry {
        guard isKeySet else {
            guard let entry = entries.first else { throw JWTCompatError.make(.unknownKID, "there is no key") }
            if let keyID, let own = entry.keyID, !keyID.isExactly(own) {
                throw JWTCompatError.make(.unknownKID, "the token's kid names another key than the JWK given")
            }
            return entry
        }
        guard let keyID else {
            guard entries.count == 1, skipped.isEmpty, let only = entries.first else {
                throw JWTCompatError.make(.missingKID, "the token has no kid and the key set holds several keys")
            }
            return only
        }
        let named = entries.filter { $0.keyID?.isExactly(keyID) == true }
        guard !named.isEmpty else {
            if let skip = skipped.first(where: { $0.keyID?.isExactly(keyID) == true }) {
                throw JWTCompatError.make(.unknownKID, "the token's kid names a key that is not used: \(skip.reason)")
            }
            throw JWTCompatError.make(.unknownKID, "the token's kid names no key of the key set")
        }
        guard let match = named.first(where: { $0.family == algorithm.family }) else {
            throw JWTCompatError.make(
                .algorithmKeyMismatch,
                "the token's kid names a \(named[0].family) key; its alg \(algorithm) needs a \(algorithm.family) key"
            )
        }
        return match
    }
}
