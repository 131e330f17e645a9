import Foundation
import PasetoKit

extension JWTClaimRules {
    /// Checks `claims`; the first failure is thrown. Order: `exp`, `nbf`, `iss`, `aud`, `sub`.
    ///
    /// - Parameters:
    ///   - claims: The verified token's registered claims.
    ///   - checksExpiration: `false` skips the `exp` check (a migration that keeps expired tokens).
    /// - Throws: ``JWTCompatError`` `expired`, `not-yet-valid`, `missing-claim`, `issuer-mismatch`,
    ///   `audience-mismatch` or `subject-mismatch`, naming the claim.
    public func validate(_ claims: JWTRegisteredClaims, checksExpiration: Bool = true) throws {
        let now = clock.now()
        let leeway = Double(self.leeway.components.seconds) + Double(self.leeway.components.attoseconds) / 1e18
        if checksExpiration {
            if let expiration = claims.expiration {
                guard now < expiration.date.addingTimeInterval(leeway) else {
                    throw JWTCompatError.make(
                        .expired,
                        "token expired at \(Self.describe(expiration))",
                        claim: RegisteredClaim.expiration
                    )
                }
            } else if requiresExpiration {
                throw missing(RegisteredClaim.expiration)
            }
        }
        if let notBefore = claims.notBefore, now.addingTimeInterval(leeway) < notBefore.date {
            throw JWTCompatError.make(
                .notYetValid,
                "token is not valid before \(Self.describe(notBefore))",
                claim: RegisteredClaim.notBefore
            )
        }
        try requireEqual(claims.issuer, issuer, claim: RegisteredClaim.issuer, code: .issuerMismatch)
        if !acceptedAudiences.isEmpty {
            guard let audience = claims.audience else { throw missing(RegisteredClaim.audience) }
            guard audience.contains(where: { Self.isAccepted($0, among: acceptedAudiences) }) else {
                throw JWTCompatError.make(
                    .audienceMismatch,
                    "no aud value is an accepted audience",
                    claim: RegisteredClaim.audience
                )
            }
        }
        try requireEqual(claims.subject, subject, claim: RegisteredClaim.subject, code: .subjectMismatch)
    }

    /// Whether `value` equals one of `accepted`, comparing each in constant time.
    static func isAccepted(_ value: String, among accepted: [String]) -> Bool {
        let bytes = Array(value.utf8)
        return accepted.reduce(false) { $0 || ConstantTime.equals(bytes, Array($1.utf8)) }
    }

    private func requireEqual(
        _ actual: String?,
        _ expected: String?,
        claim: String,
        code: JWTCompatError.Code
    ) throws {
        guard let expected else { return }
        guard let actual else { throw missing(claim) }
        guard ConstantTime.equals(Array(actual.utf8), Array(expected.utf8)) else {
            throw JWTCompatError.make(code, "\(claim) is not the expected value", claim: claim)
        }
    }

    private func missing(_ claim: String) -> JWTCompatError {
        JWTCompatError.make(.missingClaim, "the token has no \(claim) claim", claim: claim)
    }

    /// A verified time, safe to show: RFC 3339 UTC with the NumericDate in parentheses.
    private static func describe(_ date: NumericDate) -> String {
        "\(RFC3339.format(Date(timeIntervalSince1970: Double(date.floorSeconds))) ?? "?") (\(date.literal))"
    }
}
