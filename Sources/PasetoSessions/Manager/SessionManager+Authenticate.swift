import Foundation
import PasetoKit

extension SessionManager {
    /// Checks an access token: the fingerprint it is bound to, its claims, and that neither it, its session
    /// nor its subject was revoked.
    ///
    /// The revocation check reads an in-process cache brought up to date from the store at most every
    /// ``SessionConfiguration/revocationStaleness`` (1 s by default), so a request costs no store round trip;
    /// revocations made through this manager are seen at once, and over a ``RevocationNotifyingStore`` (the
    /// PostgreSQL store) those made elsewhere within milliseconds. While the store cannot be read and the
    /// cache is older than that bound, tokens are refused (``SessionConfiguration/whenRevocationsStale``).
    /// With a `context`, the unusual-use policy is
    /// consulted too (that reads the session from the store).
    ///
    /// - Parameters:
    ///   - accessToken: The token the client sent.
    ///   - fingerprint: The fingerprint cookie's value; `nil` when the request had none.
    ///   - context: The client, to consult the unusual-use policy; `nil` to skip it.
    /// - Throws: ``SessionError`` `fingerprint-mismatch`, `expired`, `invalid-access-token`, `revoked`,
    ///   `reauthentication-required`, `denied`, `store-failure`.
    public func authenticate(
        _ accessToken: String,
        fingerprint: String?,
        context: ClientContext? = nil
    ) async throws -> AuthenticatedSession {
        let authenticated = try verify(accessToken, fingerprint: fingerprint)
        let now = self.now
        // A revocation already known is answered as such, whatever the store's state; only a token not known
        // to be revoked needs a revocation state within the staleness bound.
        if cache.needsSync(at: now) {
            try refuseIfRevoked(authenticated)
            try await ensureRevocationsFresh(at: now)
        }
        try refuseIfRevoked(authenticated)
        if let context {
            let session = try await withStore("read the session") {
                try await store.session(authenticated.session.sessionID)
            }
            guard let session, session.isLive(at: now) else {
                throw SessionError(.revoked, "the session is no longer live")
            }
            try await applyPolicy(to: session, context: context, at: now)
        }
        return authenticated.session
    }

    /// Throws `revoked` when the cache knows the token, its session or its subject was revoked.
    private func refuseIfRevoked(_ authenticated: (session: AuthenticatedSession, version: Int)) throws {
        if let reason = cache.refusal(
            sessionID: authenticated.session.sessionID,
            tokenID: authenticated.session.tokenID,
            subject: authenticated.session.subject,
            version: authenticated.version
        ) {
            throw SessionError(.revoked, reason)
        }
    }

    /// Syncs the revocation cache when it is older than the staleness bound (one read shared by every caller
    /// that needs it); when the store cannot be read, refuses (`store-failure`) or, with
    /// ``StaleRevocationPolicy/acceptLastKnown`` and a cache synced before, goes on with what it knows.
    func ensureRevocationsFresh(at now: Date) async throws {
        guard cache.needsSync(at: now) else { return }
        do {
            try await revocationSync.sync(notBefore: now.addingTimeInterval(-configuration.revocationStaleness.seconds))
        } catch {
            if configuration.whenRevocationsStale == .acceptLastKnown, cache.wasSynced { return }
            throw SessionError(
                .storeFailure,
                "the revocation state is unknown (the session store cannot be read): refused"
            )
        }
    }

    /// The token's claims once its fingerprint binding and claim rules pass; no revocation check.
    func verify(_ accessToken: String, fingerprint: String?) throws -> (session: AuthenticatedSession, version: Int) {
        guard let fingerprint else { throw SessionError(.fingerprintMismatch, "the request has no fingerprint cookie") }
        let bound = try ClientFingerprint(fingerprint)
        let verified: VerifiedClaims<AccessTokenContent>
        do {
            verified = try key.check(accessToken, fingerprint: bound, rules: rules)
        } catch let error as PasetoError {
            throw Self.accessTokenError(error)
        }
        let claims = verified.claims
        guard let subject = claims.subject, let tokenID = claims.tokenID, let expiration = claims.expiration else {
            throw SessionError(.invalidAccessToken, "the access token lacks sub, jti or exp")
        }
        let session = AuthenticatedSession(
            subject: subject,
            sessionID: verified.content.sid,
            tokenID: tokenID,
            expiration: expiration
        )
        return (session, verified.content.ver)
    }

    /// The session error for a PasetoKit refusal of an access token.
    ///
    /// The fingerprint is the token's implicit assertion, so a token presented with another client's
    /// fingerprint fails authentication: that is `fingerprint-mismatch` (a forged token is too: both mean
    /// "not a token of this client").
    static func accessTokenError(_ error: PasetoError) -> SessionError {
        let box = PasetoErrorBox(error: error)
        switch error.code {
        case .authenticationFailed:
            return SessionError(
                .fingerprintMismatch,
                "the access token is not bound to this client's fingerprint",
                underlying: box
            )
        case .expired, .notYetValid, .issuedInFuture:
            return SessionError(.expired, "the access token is outside its validity period", underlying: box)
        default:
            return SessionError(.invalidAccessToken, "the access token was refused (\(error.code))", underlying: box)
        }
    }
}
