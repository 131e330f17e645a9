public import Foundation
public import PasetoKit
import Synchronization

/// Accepts PASETO tokens, and legacy JWTs until a cutoff date, returning the same claims type for both, so
/// services can switch issuers first and let the last JWTs expire on their own.
///
/// A JWT is verified by its ``JWTVerifier`` (signature and header policy), its claims are mapped as a
/// migration maps them (RFC 3339 times, one `aud`), and then the **same** `ClaimRules` as PASETO tokens
/// check them, so a JWT is never held to a weaker standard. Every decision is counted (``counts``) and passed
/// to the observer, if any.
///
/// ```swift
/// let verifier = TransitionVerifier<Session>(
///     pasetoKey: localKey, jwt: JWTVerifier(keys: jwtKeys, allowedAlgorithms: [.hs256]),
///     cutoff: cutoffDate, rules: ClaimRules(issuer: "auth.example", audience: "api"))
/// let result = try verifier.verify(bearerToken)   // result.format is .paseto or .jwt
/// ```
public struct TransitionVerifier<Content: Decodable & Sendable>: Sendable {
    /// The verifier for legacy JWTs.
    public let jwt: JWTVerifier
    /// From this instant on (by the rules' clock), JWTs are refused with `jwt-cutoff-passed`.
    public let cutoff: Date
    /// The claim rules for both formats.
    public let rules: ClaimRules
    /// How a JWT `aud` array of several becomes one audience.
    public let audiencePolicy: JWTAudiencePolicy
    private let paseto: @Sendable (String) throws -> PasetoClaims<Content>
    private let observer: (@Sendable (TransitionEvent) -> Void)?
    private let tally = Tally()

    /// A transition verifier around any PASETO check (a key ring, say) that applies `rules` itself.
    ///
    /// - Parameters:
    ///   - paseto: Verifies a PASETO token with `rules` and returns its claims.
    ///   - jwt: The verifier for legacy JWTs.
    ///   - cutoff: The first instant at which JWTs are refused.
    ///   - rules: The claim rules for both formats.
    ///   - audiencePolicy: For JWT `aud` arrays; by default an array of several is kept as it is (the
    ///     rules accept it when any member is accepted) and returned in ``PasetoClaims/audiences``;
    ///     `.choose(from:)` narrows it to one audience instead.
    ///   - observer: Called with every decision.
    public init(
        paseto: @escaping @Sendable (String) throws -> PasetoClaims<Content>,
        jwt: JWTVerifier,
        cutoff: Date,
        rules: ClaimRules,
        audiencePolicy: JWTAudiencePolicy? = nil,
        observer: (@Sendable (TransitionEvent) -> Void)? = nil
    ) {
        self.paseto = paseto
        self.jwt = jwt
        self.cutoff = cutoff
        self.rules = rules
        self.audiencePolicy = audiencePolicy ?? .keepAll
        self.observer = observer
    }

    /// A transition verifier whose PASETO tokens are `local` tokens of `pasetoKey`.
    public init(
        pasetoKey: some PasetoLocalKey,
        jwt: JWTVerifier,
        cutoff: Date,
        rules: ClaimRules,
        audiencePolicy: JWTAudiencePolicy? = nil,
        observer: (@Sendable (TransitionEvent) -> Void)? = nil
    ) {
        self.init(
            paseto: { try pasetoKey.decrypt($0, as: Content.self, rules: rules).claims },
            jwt: jwt,
            cutoff: cutoff,
            rules: rules,
            audiencePolicy: audiencePolicy,
            observer: observer
        )
    }

    /// A transition verifier whose PASETO tokens are `public` tokens of `pasetoKey`.
    public init(
        pasetoKey: some PasetoVerifyingKey,
        jwt: JWTVerifier,
        cutoff: Date,
        rules: ClaimRules,
        audiencePolicy: JWTAudiencePolicy? = nil,
        observer: (@Sendable (TransitionEvent) -> Void)? = nil
    ) {
        self.init(
            paseto: { try pasetoKey.verify($0, as: Content.self, rules: rules).claims },
            jwt: jwt,
            cutoff: cutoff,
            rules: rules,
            audiencePolicy: audiencePolicy,
            observer: observer
        )
    }

    /// The decisions so far.
    public var counts: TransitionCounts { tally.counts.withLock { $0 } }

    /// Verifies a PASETO token or, before the cutoff, a JWT; returns its claims and its format.
    ///
    /// - Throws: PasetoKit's `PasetoError` for PASETO tokens and for the claim rules; ``JWTCompatError`` for
    ///   JWTs (`jwt-cutoff-passed` after the cutoff, then every code of ``JWTVerifier/verify(_:rules:)``).
    public func verify(_ token: String) throws -> TransitionResult<Content> {
        let format: TransitionFormat = Self.looksLikePASETO(token) ? .paseto : .jwt
        let now = rules.clock.now()
        do {
            let claims = format == .paseto ? try paseto(token) : try verifyJWT(token, now: now)
            record(TransitionEvent(format: format, accepted: true, code: nil, date: now))
            return TransitionResult(claims: claims, format: format)
        } catch {
            let code = (error as? JWTCompatError)?.code.description ?? (error as? PasetoError)?.code.description
            record(TransitionEvent(format: format, accepted: false, code: code ?? "error", date: now))
            throw error
        }
    }

    private func verifyJWT(_ token: String, now: Date) throws -> PasetoClaims<Content> {
        guard now < cutoff else {
            throw JWTCompatError.make(
                .jwtCutoffPassed,
                "JWTs were accepted until \(RFC3339.format(cutoff) ?? "the cutoff"); use a PASETO token"
            )
        }
        let verified = try jwt.verify(token, rules: nil)
        let mapped = try ClaimMapping.pasetoObject(
            from: verified.payloadObject,
            claims: verified.claims,
            audiencePolicy: audiencePolicy,
            missingExpiration: nil
        )
        let claimSet = try ClaimSet(payload: JSONWriter.bytes(of: .object(mapped)))
        try rules.validate(claimSet)
        let content: Content
        do {
            content = try JSONValueDecoder.decode(Content.self, from: .object(mapped))
        } catch {
            throw PasetoError.make(.invalidPayload, "the JWT's claims do not decode as \(Content.self)")
        }
        let registered = claimSet.registered
        var claims = PasetoClaims(
            content,
            issuer: registered.issuer,
            subject: registered.subject,
            expiration: registered.expiration,
            notBefore: registered.notBefore,
            issuedAt: registered.issuedAt,
            tokenID: registered.tokenID
        )
        claims.audiences = registered.audiences
        return claims
    }

    private func record(_ event: TransitionEvent) {
        tally.counts.withLock { $0.record(event) }
        observer?(event)
    }

    /// `vN.` followed by a purpose: PASETO; anything else is treated as a JWT.
    private static func looksLikePASETO(_ token: String) -> Bool {
        let bytes = Array(token.utf8.prefix(3))
        return bytes.count == 3 && bytes[0] == UInt8(ascii: "v")
            && (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[1])
            && bytes[2] == UInt8(ascii: ".")
    }
}

/// The claims a ``TransitionVerifier`` accepted and the format they came in.
public struct TransitionResult<Content: Sendable>: Sendable {
    /// The claims, the same type for both formats.
    public let claims: PasetoClaims<Content>
    /// Whether the token was PASETO or a JWT.
    public let format: TransitionFormat
}

/// The counters, shared by every copy of one verifier.
private final class Tally: Sendable {
    let counts = Mutex(TransitionCounts())
}
