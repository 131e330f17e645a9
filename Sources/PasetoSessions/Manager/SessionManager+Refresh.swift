import Foundation

extension SessionManager {
    /// Exchanges a refresh token for a new pair, using it up (rotation).
    ///
    /// A refresh token that was already used up revokes its whole session (`refresh-token-reused`): either
    /// the client or an attacker holds a copy, and the server cannot tell which. Inside the configured grace
    /// window the immediately previous token is accepted once more (two tabs refreshing at once).
    ///
    /// - Throws: ``SessionError`` `invalid-refresh-token` (malformed or unknown), `refresh-token-reused`,
    ///   `revoked`, `expired`, `reauthentication-required` or `denied` (the unusual-use policy),
    ///   `store-failure`.
    public func refresh(_ refreshToken: String, context: ClientContext) async throws -> IssuedTokens {
        let presented = try RefreshToken(refreshToken)
        let now = self.now
        guard
            let found = try await withStore("read the refresh token", { try await store.refreshToken(presented.hash) })
        else {
            throw SessionError(.invalidRefreshToken, "no such refresh token")
        }
        if found.session.isLive(at: now) {
            try await applyPolicy(to: found.session, context: context, at: now)
        }
        let replacement = RefreshToken.generate()
        let record = refreshRecord(replacement, for: found.session, at: now)
        let outcome = try await withStore("rotate the refresh token") {
            try await store.rotate(
                presented.hash,
                replacement: record,
                context: context,
                at: now,
                graceWindow: configuration.refreshGraceWindow
            )
        }
        let session: SessionRecord
        switch outcome {
        case .rotated(let rotated):
            session = rotated
        case .graceAccepted(let rotated):
            countGraceAcceptance()
            session = rotated
        case .reused(let revoked):
            countReuse()
            cache.apply(sessionRevocation(revoked))
            throw SessionError(
                .refreshTokenReused,
                "a used-up refresh token was presented again; the session is revoked"
            )
        case .unusable(.revoked):
            throw SessionError(.revoked, "the refresh token's session was revoked")
        case .unusable(.expired):
            throw SessionError(.expired, "the refresh token or its session expired")
        case .unknown:
            throw SessionError(.invalidRefreshToken, "no such refresh token")
        }
        let version = try await withStore("read the subject's version") {
            try await store.subjectVersion(session.subject)
        }
        return try issue(for: session, version: version, refreshToken: replacement, at: now)
    }

    /// Consults the unusual-use policy; revokes the session when it asks for a new login.
    func applyPolicy(to session: SessionRecord, context: ClientContext, at now: Date) async throws {
        switch policy.decide(session: session, login: session.loginContext, current: context) {
        case .allow:
            return
        case .deny:
            throw SessionError(.denied, "the unusual-use policy refused this request")
        case .requireReauthentication:
            try await withStore("revoke the session") { _ = try await store.revokeSession(session.id, at: now) }
            cache.apply(sessionRevocation(session))
            throw SessionError(.reauthenticationRequired, "unusual use of the session: log in again")
        }
    }

    /// The event this process applies at once when it revokes `session`.
    func sessionRevocation(_ session: SessionRecord) -> RevocationEvent {
        RevocationEvent(sequence: 0, kind: .session, value: session.id, until: session.absoluteExpiry)
    }
}
