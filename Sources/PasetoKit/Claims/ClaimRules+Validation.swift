import Foundation

extension ClaimRules {
    /// Checks `claims` against these rules; the first failure is thrown.
    ///
    /// The order: `exp`, `nbf`, `iat`, lifetime, `iss`, `aud`, `sub`, `jti`, then the custom rules.
    ///
    /// - Throws: ``PasetoError`` `expired`, `not-yet-valid`, `issued-in-future`, `missing-claim`,
    ///   `invalid-claim`, `issuer-mismatch`, `audience-mismatch`, `subject-mismatch` or
    ///   `token-id-rejected`, each naming the claim.
    public func validate(_ claims: ClaimSet) throws {
        try validateTimes(claims.registered)
        let registered = claims.registered
        try requireEqual(registered.issuer, issuer, claim: RegisteredClaim.issuer, code: .issuerMismatch)
        if !acceptedAudiences.isEmpty {
            guard !registered.audiences.isEmpty else { throw missing(RegisteredClaim.audience) }
            // `aud` is a string or an array of strings. Every pair of token and accepted audience is compared
            // in constant time, so the time does not depend on which one matched.
            var matches = false
            for audience in registered.audiences {
                for accepted in acceptedAudiences where ConstantTime.equals(audience, accepted) { matches = true }
            }
            guard matches else {
                throw PasetoError.make(
                    .audienceMismatch,
                    "aud is not an accepted audience",
                    claim: RegisteredClaim.audience
                )
            }
        }
        try requireEqual(registered.subject, subject, claim: RegisteredClaim.subject, code: .subjectMismatch)
        try requireEqual(registered.tokenID, tokenID, claim: RegisteredClaim.tokenID, code: .tokenIDRejected)
        if let tokenIDCheck {
            guard let tokenID = registered.tokenID else { throw missing(RegisteredClaim.tokenID) }
            guard tokenIDCheck(tokenID) else {
                throw PasetoError.make(
                    .tokenIDRejected,
                    "jti was refused by the token-id check",
                    claim: RegisteredClaim.tokenID
                )
            }
        }
        for rule in custom { try rule.validate(claims) }
    }

    private func validateTimes(_ claims: RegisteredClaims) throws {
        let now = clock.now()
        let leeway = self.leeway.timeInterval
        if let expiration = claims.expiration {
            guard now <= expiration.addingTimeInterval(leeway) else {
                throw PasetoError.make(
                    .expired,
                    "token expired at \(Self.describe(expiration))",
                    claim: RegisteredClaim.expiration
                )
            }
        } else if !allowsMissingExpiration {
            throw missing(RegisteredClaim.expiration)
        }
        if let notBefore = claims.notBefore, now.addingTimeInterval(leeway) < notBefore {
            throw PasetoError.make(
                .notYetValid,
                "token is not valid before \(Self.describe(notBefore))",
                claim: RegisteredClaim.notBefore
            )
        }
        if let issuedAt = claims.issuedAt, now.addingTimeInterval(leeway) < issuedAt {
            throw PasetoError.make(
                .issuedInFuture,
                "token was issued in the future, at \(Self.describe(issuedAt))",
                claim: RegisteredClaim.issuedAt
            )
        }
        if let maximumLifetime {
            guard let issuedAt = claims.issuedAt else { throw missing(RegisteredClaim.issuedAt) }
            guard let expiration = claims.expiration else { throw missing(RegisteredClaim.expiration) }
            guard expiration.timeIntervalSince(issuedAt) <= maximumLifetime.timeInterval else {
                throw PasetoError.make(
                    .invalidClaim,
                    "exp - iat is longer than the maximum lifetime of \(maximumLifetime)",
                    claim: RegisteredClaim.expiration
                )
            }
        }
    }

    private func requireEqual(_ actual: String?, _ expected: String?, claim: String, code: PasetoError.Code) throws {
        guard let expected else { return }
        guard let actual else { throw missing(claim) }
        guard ConstantTime.equals(actual, expected) else {
            throw PasetoError.make(code, "\(claim) is not the expected value", claim: claim)
        }
    }

    private func missing(_ claim: String) -> PasetoError {
        PasetoError.make(.missingClaim, "the token has no \(claim) claim", claim: claim)
    }

    /// An authenticated time, safe to show: RFC 3339 UTC.
    private static func describe(_ date: Date) -> String {
        RFC3339.format(date) ?? "\(date.timeIntervalSince1970) s after 1970"
    }
}
