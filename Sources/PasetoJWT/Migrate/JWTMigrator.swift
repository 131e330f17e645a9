import Foundation
public import PasetoKit

/// Verifies legacy JWTs and issues PASETO tokens with the same claims, never extending a session.
///
/// Each JWT is verified first (the ``JWTVerifier``'s policy and ``JWTMigrationOptions/rules``; expired ones
/// are refused unless ``JWTMigrationOptions/keepsExpired``). Its claims then become a PASETO payload:
/// `exp`, `nbf`, `iat` NumericDates become RFC 3339 UTC strings of the same second (`exp`/`iat` rounded down,
/// `nbf` up), an `aud` array of one becomes a string (an array of several stays that array unless
/// ``JWTMigrationOptions/audiencePolicy`` chooses one), every other claim is kept exactly. The new `exp` is the
/// old one; a JWT without `exp` gets the policy's maximum lifetime from now. The target key issues the token:
/// a local key encrypts (`vN.local`), a secret key signs (`vN.public`).
///
/// ```swift
/// let keys = try await JWTKeySet.hmacSecret(secret)
/// let migrator = try JWTMigrator(verifier: JWTVerifier(keys: keys), target: AnyPasetoKey(paserk: localKey))
/// let paseto = try migrator.migrate(legacyJWT)     // v4.local.…
/// ```
///
/// - Important: an HS256 JWT becomes a `local` token: its claims are then encrypted, not only authenticated.
public struct JWTMigrator: Sendable {
    /// The verifier every JWT passes first.
    public let verifier: JWTVerifier
    /// The key that issues the PASETO tokens.
    public let target: AnyPasetoKey
    /// The checks and the issuing policy.
    public let options: JWTMigrationOptions
    private let footer: [UInt8]

    /// A migrator to `target`, a local key (tokens are encrypted) or a secret key (tokens are signed).
    ///
    /// - Throws: ``JWTCompatError`` `invalid-key` for a public key, which cannot issue tokens; PasetoKit's
    ///   `PasetoError` `invalid-footer` for footer bytes that hold key material.
    public init(
        verifier: JWTVerifier,
        target: AnyPasetoKey,
        options: JWTMigrationOptions = JWTMigrationOptions()
    ) throws {
        guard target.paserkType == .local || target.paserkType == .secret else {
            throw JWTCompatError.make(
                .invalidKey,
                "the target must be a local or secret key to issue tokens, not a \(target.paserkType) key"
            )
        }
        self.verifier = verifier
        self.target = target
        self.options = options
        switch options.footer {
        case .none: footer = []
        case .keyID: footer = try PasetoFooter(keyID: target.boxedKey.tokenKeyID).bytes
        case .bytes(let bytes): footer = try PasetoFooter(bytes: bytes).bytes
        }
    }

    /// Verifies `jwt` and issues its PASETO replacement.
    ///
    /// - Throws: ``JWTCompatError``: every code of ``JWTVerifier/verify(_:rules:)``, `lifetime-exceeded`,
    ///   `invalid-claim`; `multiple-audiences` or `audience-mismatch` when the audience policy refuses or
    ///   chooses.
    public func migrate(_ jwt: String) throws -> String {
        let payload = try migratedPayload(jwt)
        return target.paserkType == .local
            ? try target.encrypt(payload, footer: footer) : try target.sign(payload, footer: footer)
    }

    /// The PASETO payload ``migrate(_:)`` would issue for `jwt`, as compact JSON.
    ///
    /// - Throws: as ``migrate(_:)``.
    public func migratedPayload(_ jwt: String) throws -> [UInt8] {
        let verified = try verifier.verify(jwt, rules: options.rules, checksExpiration: !options.keepsExpired)
        let policy = options.issuingPolicy
        let now = policy.clock.now()
        if let maximum = policy.maximumLifetime, let expiration = verified.claims.expiration {
            let remaining = Double(expiration.floorSeconds) - now.timeIntervalSince1970
            guard remaining <= Self.seconds(maximum) else {
                throw JWTCompatError.make(
                    .lifetimeExceeded,
                    "exp is further from now than the target policy's maximum lifetime of \(maximum)",
                    claim: RegisteredClaim.expiration
                )
            }
        }
        let lifetime = policy.maximumLifetime ?? policy.defaultLifetime
        let mapped = try ClaimMapping.pasetoObject(
            from: verified.payloadObject,
            claims: verified.claims,
            audiencePolicy: options.audiencePolicy,
            missingExpiration: now.addingTimeInterval(Self.seconds(lifetime))
        )
        return JSONWriter.bytes(of: .object(mapped))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
