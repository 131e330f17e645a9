import Foundation

extension SessionManager {
    /// Ends one session: its refresh tokens stop working, and its access tokens are refused (here at once,
    /// on other instances within the staleness bound).
    ///
    /// - Returns: whether a live session was revoked.
    @discardableResult
    public func logout(sessionID: String) async throws -> Bool {
        let now = self.now
        let session = try await withStore("read the session") { try await store.session(sessionID) }
        let revoked = try await withStore("revoke the session") { try await store.revokeSession(sessionID, at: now) }
        let until = session?.absoluteExpiry ?? now.addingTimeInterval(configuration.sessionAbsoluteLifetime.seconds)
        cache.apply(RevocationEvent(sequence: 0, kind: .session, value: sessionID, until: until))
        return revoked
    }

    /// Ends every session of `subject` and refuses every access token issued to it before now.
    ///
    /// - Returns: the number of live sessions revoked.
    @discardableResult
    public func logoutEverywhere(subject: String) async throws -> Int {
        let now = self.now
        let (count, version) = try await withStore("revoke the subject's sessions") {
            let count = try await store.revokeSubject(subject, at: now)
            return (count, try await store.subjectVersion(subject))
        }
        let until = now.addingTimeInterval(configuration.sessionAbsoluteLifetime.seconds)
        cache.apply(RevocationEvent(sequence: 0, kind: .subject, value: subject, subjectVersion: version, until: until))
        return count
    }

    /// Refuses one access token from now until it expires (its `jti`); its session goes on.
    ///
    /// The token must still authenticate with its fingerprint (the binding is part of its encryption).
    ///
    /// - Throws: as ``authenticate(_:fingerprint:context:)`` for a token that is not valid anyway.
    public func revoke(accessToken: String, fingerprint: String) async throws {
        let verified = try verify(accessToken, fingerprint: fingerprint).session
        let now = self.now
        try await withStore("revoke the access token") {
            try await store.revokeTokenID(verified.tokenID, until: verified.expiration, at: now)
        }
        cache.apply(RevocationEvent(sequence: 0, kind: .tokenID, value: verified.tokenID, until: verified.expiration))
    }

    /// Revokes the session a refresh token belongs to (RFC 7009: revoking a refresh token ends the grant).
    ///
    /// - Returns: whether a live session was revoked.
    /// - Throws: ``SessionError`` `invalid-refresh-token` for a malformed or unknown token, `store-failure`.
    @discardableResult
    public func revoke(refreshToken: String) async throws -> Bool {
        let presented = try RefreshToken(refreshToken)
        guard
            let found = try await withStore("read the refresh token", { try await store.refreshToken(presented.hash) })
        else {
            throw SessionError(.invalidRefreshToken, "no such refresh token")
        }
        return try await logout(sessionID: found.session.id)
    }

    /// The live sessions of `subject`, oldest first (for a "where you're logged in" page).
    public func sessions(of subject: String) async throws -> [SessionRecord] {
        let now = self.now
        return try await withStore("list the sessions") { try await store.sessions(of: subject, at: now) }
    }

    /// Deletes what can no longer matter: expired sessions and their refresh tokens, past revocations.
    ///
    /// - Returns: the number of rows deleted.
    @discardableResult
    public func purgeExpired() async throws -> Int {
        let now = self.now
        return try await withStore("purge") { try await store.purgeExpired(at: now) }
    }
}
