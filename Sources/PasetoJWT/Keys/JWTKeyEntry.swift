import JWTKit

/// One key of a ``JWTKeySet``: its id, family, jwt-kit verifiers and (for PASERK conversion) public bytes.
package struct JWTKeyEntry: Sendable {
    /// The JWK `kid`; `nil` for PEM keys, HMAC secrets and JWKs without one.
    package let keyID: String?
    /// The family of algorithms the key verifies.
    package let family: JWTKeyFamily
    /// The JWK's `alg`, which then is the only algorithm the key verifies.
    package let pinnedAlgorithm: JWSAlgorithm?
    /// jwt-kit's verifier per algorithm.
    let verifiers: [JWSAlgorithm: any JWTAlgorithm]
    /// Public bytes for a PASERK conversion.
    let material: PublicKeyMaterial

    /// An entry for `key`, with jwt-kit verifiers for the algorithms it may verify.
    static func make(_ key: JWTKitKey, keyID: String?, pinnedAlgorithm: JWSAlgorithm?) async throws -> JWTKeyEntry {
        let algorithms = pinnedAlgorithm.map { [$0] } ?? key.family.algorithms
        return JWTKeyEntry(
            keyID: keyID,
            family: key.family,
            pinnedAlgorithm: pinnedAlgorithm,
            verifiers: try await key.verifiers(for: algorithms),
            material: key.material
        )
    }

    /// This entry with more verifiers (for HMAC secrets admitted although short).
    func adding(verifiers extra: [JWSAlgorithm: any JWTAlgorithm]) -> JWTKeyEntry {
        JWTKeyEntry(
            keyID: keyID,
            family: family,
            pinnedAlgorithm: pinnedAlgorithm,
            verifiers: verifiers.merging(extra) { current, _ in current },
            material: material
        )
    }
}

/// A member of a JWKS this build cannot use, kept so that a `kid` naming it gets a clear refusal and
/// `convert-key` can report it.
package struct SkippedKey: Sendable {
    /// The member's `kid`, if it has one.
    package let keyID: String?
    /// Why it is not used.
    package let reason: String
}
