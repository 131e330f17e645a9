import Foundation
import PasetoSessions
import SessionStoreConformance
import Testing

/// Refresh-token rotation and reuse detection (RFC 9700 §4.14), on every store.
@Suite("Refresh rotation and reuse detection")
struct RefreshRotationTests {
    @Test(
        "a rotated refresh token replayed revokes its session: the newest refresh token and the current access token are refused; other sessions go on",
        arguments: StoreKind.allCases
    )
    func replayRevokesTheSession(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let manager = fixture.manager
        let first = try await manager.login(subject: "alice", context: SessionFixture.browser)
        let other = try await manager.login(subject: "alice", context: SessionFixture.browser)
        fixture.clock.advance(60)
        let second = try await manager.refresh(first.refreshToken.text, context: SessionFixture.browser)
        #expect(second.session.id == first.session.id)
        #expect(second.refreshToken != first.refreshToken)
        #expect(
            try await manager.authenticate(second.accessToken, fingerprint: second.fingerprint.text).subject == "alice"
        )

        fixture.clock.advance(60)
        let replay = await sessionErrorCode {
            try await manager.refresh(first.refreshToken.text, context: SessionFixture.browser)
        }
        #expect(replay == .refreshTokenReused)
        let newest = await sessionErrorCode {
            try await manager.refresh(second.refreshToken.text, context: SessionFixture.browser)
        }
        #expect(newest == .revoked)
        let access = await sessionErrorCode {
            try await manager.authenticate(second.accessToken, fingerprint: second.fingerprint.text)
        }
        #expect(access == .revoked)
        #expect(
            try await manager.authenticate(other.accessToken, fingerprint: other.fingerprint.text).sessionID
                == other.session.id
        )
        #expect(
            try await manager.refresh(other.refreshToken.text, context: SessionFixture.browser).session.id
                == other.session.id
        )
        #expect(manager.statistics.reuseDetections == 1)
    }

    @Test("50 concurrent refreshes of one token: exactly one succeeds (grace 0)", arguments: StoreKind.allCases)
    func concurrentRefreshes(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let manager = fixture.manager
        let issued = try await manager.login(subject: "alice", context: SessionFixture.browser)
        let token = issued.refreshToken.text
        let results = await withTaskGroup(of: SessionError.Code?.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    await sessionErrorCode { try await manager.refresh(token, context: SessionFixture.browser) }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 == nil }.count == 1, "\(results)")
        #expect(results.allSatisfy { $0 == nil || $0 == .refreshTokenReused || $0 == .revoked }, "\(results)")
    }

    @Test(
        "with a grace window: the previous token once inside it; a second replay, a later one or an older token is reuse",
        arguments: StoreKind.allCases
    )
    func graceWindow(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind, grace: .seconds(10))
        let manager = fixture.manager
        let login = try await manager.login(subject: "alice", context: SessionFixture.browser)
        let tabA = try await manager.refresh(login.refreshToken.text, context: SessionFixture.browser)
        fixture.clock.advance(3)
        let tabB = try await manager.refresh(login.refreshToken.text, context: SessionFixture.browser)
        #expect(manager.statistics.graceAcceptances == 1)
        // Both tabs go on with their own tokens.
        #expect(try await manager.authenticate(tabA.accessToken, fingerprint: tabA.fingerprint.text).subject == "alice")
        #expect(try await manager.authenticate(tabB.accessToken, fingerprint: tabB.fingerprint.text).subject == "alice")
        let third = await sessionErrorCode {
            try await manager.refresh(login.refreshToken.text, context: SessionFixture.browser)
        }
        #expect(third == .refreshTokenReused)

        let late = try SessionFixture(kind, grace: .seconds(10))
        let lateLogin = try await late.manager.login(subject: "bob", context: SessionFixture.browser)
        _ = try await late.manager.refresh(lateLogin.refreshToken.text, context: SessionFixture.browser)
        late.clock.advance(11)
        let outside = await sessionErrorCode {
            try await late.manager.refresh(lateLogin.refreshToken.text, context: SessionFixture.browser)
        }
        #expect(outside == .refreshTokenReused)
    }

    @Test(
        "garbage, empty, 1 MB and non-UTF-8 refresh tokens are invalid-refresh-token; no store error leaks",
        arguments: StoreKind.allCases
    )
    func garbageRefreshTokens(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        _ = try await fixture.manager.login(subject: "alice", context: SessionFixture.browser)
        let inputs = [
            "", "garbage", String(repeating: "A", count: 1 << 20),
            String(decoding: [0xFF, 0xFE, 0x80] + [UInt8](repeating: 0x41, count: 40), as: UTF8.self),
            String(repeating: "A", count: 42) + "=", String(repeating: "A", count: 43),
            "é" + String(repeating: "A", count: 41),
            String(repeating: "A", count: 42) + "B",
        ]
        for input in inputs {
            let code = await sessionErrorCode {
                try await fixture.manager.refresh(input, context: SessionFixture.browser)
            }
            #expect(code == .invalidRefreshToken, "\(input.prefix(50).debugDescription)")
            let revoke = await sessionErrorCode { try await fixture.manager.revoke(refreshToken: input) }
            #expect(revoke == .invalidRefreshToken)
        }
    }

    @Test(
        "a refresh token past its idle expiry, or a session past its absolute expiry, is expired",
        arguments: StoreKind.allCases
    )
    func refreshExpiry(_ kind: StoreKind) async throws {
        let fixture = try SessionFixture(kind)
        let manager = fixture.manager
        let idle = try await manager.login(subject: "alice", context: SessionFixture.browser)
        fixture.clock.advance(14 * 86_400)
        #expect(
            await sessionErrorCode {
                try await manager.refresh(idle.refreshToken.text, context: SessionFixture.browser)
            } == .expired
        )

        var current = try await manager.login(subject: "alice", context: SessionFixture.browser)
        for _ in 0..<3 {
            fixture.clock.advance(10 * 86_400 - 1)
            current = try await manager.refresh(current.refreshToken.text, context: SessionFixture.browser)
        }
        #expect(current.accessTokenExpiry <= current.session.absoluteExpiry)
        fixture.clock.advance(10 * 86_400)
        #expect(
            await sessionErrorCode {
                try await manager.refresh(current.refreshToken.text, context: SessionFixture.browser)
            } == .expired
        )
    }
}
