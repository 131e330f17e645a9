import Foundation
import PasetoSessions

private typealias F = ConformanceFixtures

extension SessionStoreConformance {
    static func createdSessionReadsBack(_ store: any SessionStore) async throws {
        let session = try await F.open(store, "s1", token: 1)
        let found = try await store.refreshToken(F.hash(1))
        try F.expect(found?.session == session, "refreshToken(_:) returns the session: \(String(describing: found))")
        try F.expect(found?.token.state == .active, "a new token is active")
        try F.expect(try await store.session("s1") == session, "session(_:) returns the session")
        try F.expect(try await store.refreshToken(F.hash(99)) == nil, "an unknown hash has no token")
        try F.expect(try await store.session("nope") == nil, "an unknown id has no session")
        let outcome = try await F.rotate(store, 99, to: 2, of: session, at: F.start, grace: .zero)
        try F.expect(outcome == .unknown, "rotating an unknown token is .unknown, not \(outcome)")
    }

    static func rotationAndReuse(_ store: any SessionStore) async throws {
        let session = try await F.open(store, "s1", token: 1)
        let other = try await F.open(store, "s2", token: 10)
        let now = F.start.addingTimeInterval(60)
        let outcome = try await F.rotate(store, 1, to: 2, of: session, at: now, grace: .zero)
        guard case .rotated(let rotated) = outcome else { throw ConformanceFailure("first rotation: \(outcome)") }
        try F.expect(rotated.lastUsed == now && rotated.lastContext == F.later, "rotation records last use and context")
        try F.expect(try await store.refreshToken(F.hash(1))?.token.state == .used, "the presented token is used up")
        try F.expect(try await store.refreshToken(F.hash(2))?.token.state == .active, "the replacement is active")
        let replay = try await F.rotate(store, 1, to: 3, of: session, at: now.addingTimeInterval(1), grace: .zero)
        guard case .reused(let revoked) = replay else { throw ConformanceFailure("replay: \(replay)") }
        try F.expect(revoked.revokedAt != nil, "a replay revokes the session")
        try F.expect(try await store.refreshToken(F.hash(2))?.token.state == .revoked, "the newest token is revoked")
        try F.expect(try await store.refreshToken(F.hash(3)) == nil, "the replay's replacement is not stored")
        let newest = try await F.rotate(store, 2, to: 4, of: session, at: now.addingTimeInterval(2), grace: .zero)
        try F.expect(newest == .unusable(.revoked), "the newest token no longer rotates: \(newest)")
        let events = try await store.revocationEvents(after: 0, at: now)
        try F.expect(events.contains { $0.kind == .session && $0.value == "s1" }, "a session event is kept: \(events)")
        try F.expect(try await store.session("s2") == other, "another session is unaffected")
    }

    static func concurrentRotation(_ store: any SessionStore) async throws {
        let session = try await F.open(store, "s1", token: 1)
        let now = F.start.addingTimeInterval(60)
        let outcomes = try await withThrowingTaskGroup(of: RotationOutcome.self) { group in
            for index in 0..<50 {
                group.addTask {
                    try await F.rotate(store, 1, to: 100 + index, of: session, at: now, grace: .zero)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let wins = outcomes.filter { if case .rotated = $0 { true } else { false } }
        try F.expect(wins.count == 1, "exactly one rotation wins, not \(wins.count)")
        // The first loser finds the token used up and revokes the session; the rest find it revoked.
        let reused = outcomes.filter { if case .reused = $0 { true } else { false } }.count
        let refused = outcomes.filter { $0 == .unusable(.revoked) }.count
        try F.expect(reused >= 1 && reused + refused == 49, "the others: \(reused) reused, \(refused) revoked")
        try F.expect(outcomes.count == 50, "every call returns")
    }

    static func graceWindow(_ store: any SessionStore) async throws {
        let session = try await F.open(store, "s1", token: 1)
        let grace = Duration.seconds(10)
        let t0 = F.start.addingTimeInterval(60)
        _ = try await F.rotate(store, 1, to: 2, of: session, at: t0, grace: grace)
        let inside = try await F.rotate(store, 1, to: 3, of: session, at: t0.addingTimeInterval(5), grace: grace)
        guard case .graceAccepted = inside else { throw ConformanceFailure("a replay 5 s later: \(inside)") }
        try F.expect(try await store.refreshToken(F.hash(2))?.token.state == .active, "the successor stays active")
        try F.expect(try await store.refreshToken(F.hash(3))?.token.state == .active, "the grace replacement is active")
        let twice = try await F.rotate(store, 1, to: 4, of: session, at: t0.addingTimeInterval(6), grace: grace)
        guard case .reused = twice else { throw ConformanceFailure("a second grace replay: \(twice)") }

        let second = try await F.open(store, "s2", token: 20)
        _ = try await F.rotate(store, 20, to: 21, of: second, at: t0, grace: grace)
        let late = try await F.rotate(store, 20, to: 22, of: second, at: t0.addingTimeInterval(11), grace: grace)
        guard case .reused = late else { throw ConformanceFailure("a replay 11 s later: \(late)") }

        let third = try await F.open(store, "s3", token: 30)
        _ = try await F.rotate(store, 30, to: 31, of: third, at: t0, grace: grace)
        _ = try await F.rotate(store, 31, to: 32, of: third, at: t0.addingTimeInterval(1), grace: grace)
        let older = try await F.rotate(store, 30, to: 33, of: third, at: t0.addingTimeInterval(2), grace: grace)
        guard case .reused = older else { throw ConformanceFailure("a token two rotations old: \(older)") }
    }

    static func expiry(_ store: any SessionStore) async throws {
        let session = F.session("s1")
        try await store.createSession(session, refreshToken: F.token(1, of: session, at: F.start, idle: 3600))
        let idle = try await F.rotate(store, 1, to: 2, of: session, at: F.start.addingTimeInterval(3600), grace: .zero)
        try F.expect(idle == .unusable(.expired), "a token at its idle expiry: \(idle)")
        let second = try await F.open(store, "s2", token: 10)
        let absolute = try await F.rotate(store, 10, to: 11, of: second, at: second.absoluteExpiry, grace: .zero)
        try F.expect(absolute == .unusable(.expired), "a session at its absolute expiry: \(absolute)")
    }

    static func sessionRevocation(_ store: any SessionStore) async throws {
        let session = try await F.open(store, "s1", token: 1)
        try F.expect(try await store.revokeSession("s1", at: F.start), "revoking a live session says so")
        try F.expect(!(try await store.revokeSession("s1", at: F.start)), "revoking it again does not")
        try F.expect(!(try await store.revokeSession("nope", at: F.start)), "an unknown session is not revoked")
        let outcome = try await F.rotate(store, 1, to: 2, of: session, at: F.start, grace: .zero)
        try F.expect(outcome == .unusable(.revoked), "a revoked session's token: \(outcome)")
        let events = try await store.revocationEvents(after: 0, at: F.start)
        try F.expect(
            events.count == 1 && events[0].kind == .session && events[0].until == session.absoluteExpiry,
            "one session event until the absolute expiry: \(events)"
        )
        try F.expect(
            try await store.revocationEvents(after: events[0].sequence, at: F.start).isEmpty,
            "no event after the last sequence"
        )
    }

    static func subjectRevocation(_ store: any SessionStore) async throws {
        try await F.open(store, "a1", token: 1, subject: "alice")
        try await F.open(store, "a2", token: 2, subject: "alice")
        try await F.open(store, "b1", token: 3, subject: "bob")
        try F.expect(try await store.subjectVersion("alice") == 0, "a subject starts at version 0")
        try F.expect(try await store.revokeSubject("alice", at: F.start) == 2, "both of alice's sessions are revoked")
        try F.expect(try await store.subjectVersion("alice") == 1, "the version is bumped")
        try F.expect(try await store.sessions(of: "alice", at: F.start).isEmpty, "alice has no live session")
        try F.expect(try await store.sessions(of: "bob", at: F.start).count == 1, "bob keeps his")
        _ = try await store.revokeSubject("alice", at: F.start)
        try F.expect(try await store.subjectVersion("alice") == 2, "each revocation bumps the version")
        let subjectEvents = try await store.revocationEvents(after: 0, at: F.start).filter { $0.kind == .subject }
        try F.expect(subjectEvents.map(\.subjectVersion) == [1, 2], "subject events carry versions: \(subjectEvents)")
    }

    static func tokenIDRevocation(_ store: any SessionStore) async throws {
        let expiry = F.start.addingTimeInterval(600)
        try await store.revokeTokenID("jti-1", until: expiry, at: F.start)
        let live = try await store.revocationEvents(after: 0, at: F.start)
        try F.expect(
            live.count == 1 && live[0].kind == .tokenID && live[0].value == "jti-1",
            "a token-id event: \(live)"
        )
        try F.expect(try await store.revocationEvents(after: 0, at: expiry).isEmpty, "gone from reads at its expiry")
        try F.expect(try await store.purgeExpired(at: expiry) == 1, "purged at its expiry")
    }

    static func sessionListing(_ store: any SessionStore) async throws {
        let second = try await F.open(store, "s2", token: 2, at: F.start.addingTimeInterval(10))
        let first = try await F.open(store, "s1", token: 1)
        try await F.open(store, "s3", token: 3, at: F.start.addingTimeInterval(20))
        _ = try await store.revokeSession("s3", at: F.start)
        try await F.open(store, "b1", token: 4, subject: "bob")
        let listed = try await store.sessions(of: "alice", at: F.start.addingTimeInterval(30))
        try F.expect(listed == [first, second], "alice's live sessions, oldest first: \(listed.map(\.id))")
        try F.expect(
            try await store.sessions(of: "alice", at: first.absoluteExpiry.addingTimeInterval(11)).isEmpty,
            "none after the absolute expiry"
        )
    }

    static func purging(_ store: any SessionStore) async throws {
        let session = try await F.open(store, "s1", token: 1)
        _ = try await F.rotate(store, 1, to: 2, of: session, at: F.start, grace: .zero)
        try await F.open(store, "s2", token: 3, at: F.start.addingTimeInterval(86_400))
        try F.expect(try await store.purgeExpired(at: F.start) == 0, "nothing to purge before any expiry")
        let deleted = try await store.purgeExpired(at: session.absoluteExpiry)
        try F.expect(deleted == 3, "the expired session and its two tokens are purged, not \(deleted)")
        try F.expect(try await store.refreshToken(F.hash(1)) == nil, "a purged token is unknown")
        try F.expect(try await store.session("s2") != nil, "a live session stays")
    }
}
