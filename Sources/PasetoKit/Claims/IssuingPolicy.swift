import Foundation

/// How claims are completed when a token is issued.
///
/// Unset `iat` and `nbf` become the clock's now; an unset `exp` becomes now plus ``defaultLifetime``
/// (one hour) unless the claims were made with ``PasetoClaims/unsafeWithoutExpiration()``. With a
/// ``maximumLifetime``, issuing refuses claims whose `exp − iat` is longer, and non-expiring claims.
public struct IssuingPolicy: Sendable {
    /// The lifetime given to tokens whose claims set no `exp`.
    public var defaultLifetime: Duration
    /// The longest `exp − iat` allowed, or `nil` for no bound.
    public var maximumLifetime: Duration?
    /// Where "now" comes from.
    public var clock: any PasetoClock

    /// A policy; every parameter defaults to the documented default.
    public init(
        defaultLifetime: Duration = .seconds(3600),
        maximumLifetime: Duration? = nil,
        clock: any PasetoClock = SystemClock()
    ) {
        self.defaultLifetime = defaultLifetime
        self.maximumLifetime = maximumLifetime
        self.clock = clock
    }

    /// Refuses a lifetime over the maximum, and a missing `exp` when there is a maximum.
    func checkLifetime(of claims: RegisteredClaims) throws {
        guard let maximumLifetime else { return }
        guard let expiration = claims.expiration, let issuedAt = claims.issuedAt else {
            throw PasetoError.make(
                .invalidClaim,
                "the policy's maximum lifetime forbids tokens without exp",
                claim: RegisteredClaim.expiration
            )
        }
        guard expiration.timeIntervalSince(issuedAt) <= maximumLifetime.timeInterval else {
            throw PasetoError.make(
                .invalidClaim,
                "exp - iat is longer than the policy's maximum lifetime of \(maximumLifetime)",
                claim: RegisteredClaim.expiration
            )
        }
    }
}
