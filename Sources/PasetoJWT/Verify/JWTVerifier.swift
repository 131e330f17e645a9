import JWTKit
import PasetoKit

/// Verifies compact JWS/JWTs with a fixed set of keys and an algorithm policy, refusing every known JWT
/// attack before any cryptography.
///
/// The order of checks, each failing closed with its own ``JWTCompatError/Code``:
/// 1. shape: three strict base64url segments (a JWE is refused), header a strict JSON object with unique names;
/// 2. `alg`: `none` in any letter case, an unknown name, or one outside ``allowedAlgorithms`` is refused;
/// 3. the header may not offer a key (`jku`, `x5u`, `jwk`, `x5c`) nor require an extension (`crit`);
/// 4. the key: `kid` selects exactly one key of a JWKS, whose family must be the algorithm's (so an RSA key
///    never verifies `HS256`), and an HMAC secret must be as long as the hash;
/// 5. the signature's exact encoding (ECDSA raw `r‖s` in range), then jwt-kit verifies it;
/// 6. for ``verify(_:rules:)``: the payload a strict JSON object, the registered claims' types, the rules;
///    ``verify(_:as:rules:)`` then decodes the payload as your `Decodable` type, strictly.
///
/// ```swift
/// let keys = try await JWTKeySet.load(contentsOf: pemBytes)
/// let verifier = JWTVerifier(keys: keys, allowedAlgorithms: [.rs256])
/// let jwt = try verifier.verify(token, rules: JWTClaimRules(issuer: "https://auth.example", audience: "api"))
/// print(jwt.claims.subject ?? "")
/// ```
public struct JWTVerifier: Sendable {
    /// The keys tokens are checked against.
    public let keys: JWTKeySet
    /// The algorithms accepted; `nil` accepts every algorithm of the key's family.
    public var allowedAlgorithms: Set<JWSAlgorithm>?
    /// Size bounds on tokens.
    public var limits: JWTLimits

    /// A verifier for `keys`, optionally restricted to `allowedAlgorithms`.
    public init(keys: JWTKeySet, allowedAlgorithms: Set<JWSAlgorithm>? = nil, limits: JWTLimits = JWTLimits()) {
        self.keys = keys
        self.allowedAlgorithms = allowedAlgorithms
        self.limits = limits
    }

    /// Checks steps 1-5 only: header policy, key selection and signature, over a payload of any bytes.
    ///
    /// For JWS that are not JWTs (the RFC 7520 examples sign text); JWTs go through ``verify(_:rules:)``.
    ///
    /// - Throws: ``JWTCompatError``: the shape, algorithm, header, key and signature codes.
    public func verifySignature(_ token: String) throws -> VerifiedJWS {
        let jws = try CompactJWS(parsing: token, limits: limits)
        let header = try JOSEHeader(object: jws.header)
        let algorithm = try HeaderPolicy.algorithm(of: header, allowed: allowedAlgorithms)
        try HeaderPolicy.refuseEmbeddedKeys(in: header)
        try HeaderPolicy.refuseCriticalExtensions(in: header)
        let (entry, verifier) = try keys.select(keyID: header.keyID, algorithm: algorithm)
        try SignatureEncoding.check(jws.signature, for: algorithm)
        let valid: Bool
        do {
            valid = try verifier.verify(jws.signature, signs: jws.signingInput)
        } catch {
            throw JWTCompatError.make(
                .signatureInvalid,
                "the \(algorithm) signature does not verify",
                underlying: error
            )
        }
        guard valid else {
            throw JWTCompatError.make(.signatureInvalid, "the \(algorithm) signature does not verify")
        }
        return VerifiedJWS(
            header: header,
            algorithm: algorithm,
            keyID: entry.keyID,
            headerBytes: jws.headerBytes,
            payload: jws.payloadBytes
        )
    }

    /// Verifies a JWT: the signature as ``verifySignature(_:)``, then the payload and its claims.
    ///
    /// - Parameters:
    ///   - token: The compact JWT.
    ///   - rules: The claim checks; `nil` skips them (the signature, the payload's JSON and the registered
    ///     claims' types are still checked).
    /// - Throws: ``JWTCompatError``: every code of ``verifySignature(_:)``, then `invalid-payload`,
    ///   `duplicate-claim`, `payload-not-object`, `invalid-claim` and the codes of
    ///   ``JWTClaimRules/validate(_:checksExpiration:)``.
    public func verify(_ token: String, rules: JWTClaimRules?) throws -> VerifiedJWT {
        try verify(token, rules: rules, checksExpiration: true)
    }

    /// ``verify(_:rules:)``, optionally without the `exp` check (for migrations that keep expired tokens).
    package func verify(_ token: String, rules: JWTClaimRules?, checksExpiration: Bool) throws -> VerifiedJWT {
        let jws = try verifySignature(token)
        let object = try PayloadReader.object(jws.payload, limits: limits)
        let claims = try JWTRegisteredClaims(reading: object)
        try rules?.validate(claims, checksExpiration: checksExpiration)
        return VerifiedJWT(signature: jws, claims: claims, payloadObject: object)
    }
}
