import Foundation
public import PasetoSessions

/// The behaviour every ``SessionStore`` must have, as named checks that any store's tests run.
///
/// ```swift
/// @Test(arguments: SessionStoreConformance.checks)
/// func conformance(_ check: SessionStoreConformance.Check) async throws {
///     try await check.run(on: MyStore())
/// }
/// ```
///
/// Each check gets a fresh, empty store and throws ``ConformanceFailure`` naming what differed.
public enum SessionStoreConformance {
    /// One named check.
    public struct Check: Sendable, CustomStringConvertible {
        /// What the check establishes.
        public let description: String
        let body: @Sendable (any SessionStore) async throws -> Void

        /// Runs the check on `store`, which must be empty.
        public func run(on store: any SessionStore) async throws { try await body(store) }
    }

    /// Every check.
    public static let checks: [Check] = [
        Check(description: "a created session and its token read back", body: createdSessionReadsBack),
        Check(description: "rotation uses the token up; a replay revokes the session", body: rotationAndReuse),
        Check(description: "of 50 concurrent rotations of one token exactly one wins", body: concurrentRotation),
        Check(description: "the grace window accepts the previous token once, and only it", body: graceWindow),
        Check(description: "idle and absolute expiry make a token unusable", body: expiry),
        Check(description: "a revoked session's tokens are unusable and an event is kept", body: sessionRevocation),
        Check(description: "revoking a subject bumps its version and revokes its sessions", body: subjectRevocation),
        Check(description: "token-id events last until their expiry, then are purged", body: tokenIDRevocation),
        Check(description: "sessions(of:) lists live sessions, oldest first", body: sessionListing),
        Check(description: "purgeExpired deletes expired sessions, tokens and events", body: purging),
    ]
}

/// A difference between a store and the contract.
public struct ConformanceFailure: Error, CustomStringConvertible {
    /// What differed.
    public let description: String

    init(_ description: String) { self.description = description }
}
