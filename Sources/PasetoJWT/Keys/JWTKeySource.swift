import PasetoKit

/// One key file or secret of a ``JWTKeySet`` (or every JWKS of a combined set, merged), and how a token's
/// `kid` selects among its keys.
struct JWTKeySource: Sendable {
    /// The usable keys, in document order.
    let entries: [JWTKeyEntry]
    /// JWKS members that cannot be used, with the reason.
    let skipped: [SkippedKey]
    /// Whether the keys came from a JWKS, where `kid` selects the key.
    let isKeySet: Bool
    /// Set when the source is an HMAC secret shorter than RFC 7518 requires, admitted on request.
    let shortSecretWarning: String?

    /// The families of the usable keys.
    var families: Set<JWTKeyFamily> { Set(entries.map(\.family)) }

    /// The one key that may check a token with this `kid` and `alg`; its family is checked by the caller.
    ///
    /// In a JWKS the `kid` names exactly one key (no `kid` only when there is one key); a PEM key, JWK or
    /// secret is the only candidate, and a JWK with a `kid` refuses a token naming another.
    ///
    /// - Throws: ``JWTCompatError`` `missing-kid`, `unknown-kid` or `algorithm-key-mismatch`.
    func candidate(keyID: String?, algorithm: JWSAlgorithm) throws -> JWTKeyEntry {
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
