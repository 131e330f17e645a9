import Foundation
import PasetoKit

extension SessionManager {
    /// Opens a session for `subject` (whom the service has just authenticated) and issues its first tokens.
    ///
    /// - Throws: ``SessionError`` `invalid-configuration` for an empty subject, `store-failure`.
    public func login(subject: String, context: ClientContext) async throws -> IssuedTokens {
        guard !subject.isEmpty else { throw SessionError(.invalidConfiguration, "the subject is empty") }
        let now = self.now
        let session = SessionRecord(
            id: OpaqueToken.generate(byteCount: OpaqueToken.identifierByteCount),
            subject: subject,
            created: now,
            lastUsed: now,
            loginContext: context.bounded(),
            lastContext: context.bounded(),
            absoluteExpiry: now.addingTimeInterval(configuration.sessionAbsoluteLifetime.seconds)
        )
        let refreshToken = RefreshToken.generate()
        let record = refreshRecord(refreshToken, for: session, at: now)
        let version = try await withStore("open the session") {
            try await store.createSession(session, refreshToken: record)
            return try await store.subjectVersion(subject)
        }
        return try issue(for: session, version: version, refreshToken: refreshToken, at: now)
    }

    /// The record of a new refresh token: idle expiry capped at the session's absolute expiry.
    func refreshRecord(_ token: RefreshToken, for session: SessionRecord, at now: Date) -> RefreshTokenRecord {
        RefreshTokenRecord(
            hash: token.hash,
            sessionID: session.id,
            issued: now,
            idleExpiry: min(now.addingTimeInterval(configuration.refreshIdleLifetime.seconds), session.absoluteExpiry)
        )
    }

    /// A new access token, bound to a new fingerprint, with `refreshToken`.
    func issue(
        for session: SessionRecord,
        version: Int,
        refreshToken: RefreshToken,
        at now: Date
    ) throws -> IssuedTokens {
        let fingerprint = ClientFingerprint.generate()
        let expiry = min(now.addingTimeInterval(configuration.accessTokenLifetime.seconds), session.absoluteExpiry)
        let claims = PasetoClaims(
            AccessTokenContent(sid: session.id, ver: version),
            issuer: configuration.issuer,
            subject: session.subject,
            audience: configuration.audience,
            expiration: expiry,
            notBefore: now,
            issuedAt: now,
            tokenID: OpaqueToken.generate(byteCount: OpaqueToken.identifierByteCount)
        )
        let policy = IssuingPolicy(defaultLifetime: configuration.accessTokenLifetime, clock: configuration.clock)
        let accessToken: String
        do {
            accessToken = try key.issue(claims, fingerprint: fingerprint, policy: policy)
        } catch let error as PasetoError {
            throw SessionError(
                .invalidConfiguration,
                "an access token could not be issued",
                underlying: PasetoErrorBox(error: error)
            )
        }
        return IssuedTokens(
            accessToken: accessToken,
            accessTokenExpiry: expiry,
            refreshToken: refreshToken,
            fingerprint: fingerprint,
            session: session
        )
    }
}
