import PasetoKit

extension JWTVerifier {
    /// Verifies a JWT as ``verify(_:rules:)`` does, then decodes its payload as `Content` through PasetoKit's
    /// strict decoder, as ``TransitionVerifier`` does for both formats.
    ///
    /// The payload is read once, strictly (duplicate names refused at any depth, number literals kept), and
    /// decoded without coercion: an integer property needs an integer literal that fits, a `String` a string,
    /// a `Date` an RFC 3339 string (NumericDates are numbers: decode `exp` as `Int64` or `Double`, or read
    /// it typed from ``VerifiedJWTClaims/claims``). Members your type does not declare are ignored.
    ///
    /// ```swift
    /// struct Session: Codable, Sendable { let sub: String; let role: String }
    /// let jwt = try verifier.verify(token, as: Session.self, rules: JWTClaimRules(issuer: "auth", audience: "api"))
    /// print(jwt.content.role, jwt.claims.expiration?.date ?? .distantFuture)
    /// ```
    ///
    /// - Parameters:
    ///   - token: The compact JWT.
    ///   - type: The payload's type.
    ///   - rules: The claim checks; `nil` skips them.
    /// - Returns: The decoded payload, the registered claims and the signature's details.
    /// - Throws: ``JWTCompatError``: every code of ``verify(_:rules:)``, and `invalid-payload` when the payload
    ///   does not decode as `Content` (the message names the type, never a value).
    public func verify<Content: Decodable & Sendable>(
        _ token: String,
        as type: Content.Type,
        rules: JWTClaimRules?
    ) throws -> VerifiedJWTClaims<Content> {
        let jwt = try verify(token, rules: rules)
        let content: Content
        do {
            content = try JSONValueDecoder.decode(Content.self, from: .object(jwt.payloadObject))
        } catch {
            throw JWTCompatError.make(
                .invalidPayload,
                "the JWT's claims do not decode as \(Content.self)",
                underlying: error
            )
        }
        return VerifiedJWTClaims(content: content, claims: jwt.claims, signature: jwt.signature)
    }
}
