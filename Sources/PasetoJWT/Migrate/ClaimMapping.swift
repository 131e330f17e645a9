package import Foundation
package import PasetoKit

/// JWT claims to PASETO claims: NumericDates to RFC 3339 UTC strings, an `aud` array of one to its string (an
/// array of several as the ``JWTAudiencePolicy`` says, kept by default), every other claim kept exactly (number
/// literals as written, members in order).
///
/// Times become whole seconds without ever lengthening the token's life: `exp` and `iat` round down, `nbf`
/// rounds up. Only a missing `exp` may be added.
package enum ClaimMapping {
    /// The PASETO payload object for a verified JWT.
    ///
    /// - Parameters:
    ///   - object: The JWT payload.
    ///   - claims: Its registered claims, already type-checked.
    ///   - audiencePolicy: What an `aud` array of several becomes (kept, refused, or one chosen).
    ///   - missingExpiration: The `exp` to add when the JWT has none, or `nil` to add nothing.
    /// - Throws: ``JWTCompatError`` `multiple-audiences`, `audience-mismatch` or `invalid-claim`.
    package static func pasetoObject(
        from object: JSONObject,
        claims: JWTRegisteredClaims,
        audiencePolicy: JWTAudiencePolicy,
        missingExpiration: Date?
    ) throws -> JSONObject {
        var mapped = JSONObject()
        for member in object.members {
            switch member.name {
            case RegisteredClaim.expiration:
                try mapped.set(member.name, to: time(claims.expiration?.floorSeconds, claim: member.name))
            case RegisteredClaim.issuedAt:
                try mapped.set(member.name, to: time(claims.issuedAt?.floorSeconds, claim: member.name))
            case RegisteredClaim.notBefore:
                try mapped.set(member.name, to: time(claims.notBefore?.ceilingSeconds, claim: member.name))
            case RegisteredClaim.audience:
                if let audience = claims.audience {
                    // A string for one audience (or the one chosen); an array of several kept as written.
                    let single = try audiencePolicy.single(of: audience)
                    mapped.set(member.name, to: single.map(JSONValue.string) ?? member.value)
                }
            default:
                mapped.set(member.name, to: member.value)
            }
        }
        if claims.expiration == nil, let missingExpiration {
            let seconds = Int64(missingExpiration.timeIntervalSince1970.rounded(.down))
            mapped.set(RegisteredClaim.expiration, to: try time(seconds, claim: RegisteredClaim.expiration))
        }
        return mapped
    }

    private static func time(_ seconds: Int64?, claim: String) throws -> JSONValue {
        guard let seconds, let text = RFC3339.format(Date(timeIntervalSince1970: Double(seconds))) else {
            throw JWTCompatError.make(
                .invalidClaim,
                "\(claim) cannot be written as an RFC 3339 date-time",
                claim: claim
            )
        }
        return .string(text)
    }
}
