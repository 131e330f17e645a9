import Foundation
import PasetoJWT
import PasetoKit
import Synchronization
import Testing

/// PASETO and JWT side by side until the cutoff, one claims type, counted.
@Suite("transition verifier")
struct TransitionVerifierTests {
    struct Session: Codable, Sendable, Equatable { var role: String }

    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let secret = [UInt8](repeating: 0x61, count: 64)

    private func setup(
        cutoff: Date,
        observer: (@Sendable (TransitionEvent) -> Void)? = nil
    ) async throws
        -> (TransitionVerifier<Session>, PasetoV4.Local.Key)
    {
        let key = PasetoV4.Local.Key.generate()
        var rules = ClaimRules(issuer: "auth", audience: "api", clock: FixedClock(Self.now))
        rules.leeway = .seconds(5)
        let verifier = TransitionVerifier<Session>(
            pasetoKey: key,
            jwt: JWTVerifier(keys: try await JWTKeySet.hmacSecret(Self.secret), allowedAlgorithms: [.hs256]),
            cutoff: cutoff,
            rules: rules,
            observer: observer
        )
        return (verifier, key)
    }

    private func jwt(_ payload: String) async throws -> String {
        try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            payload: payload,
            by: try await Signers.hmac(Self.secret, .hs256)
        )
    }

    @Test("both formats give the same claims type; formats are reported and counted")
    func bothFormats() async throws {
        let events = Mutex<[TransitionEvent]>([])
        let (verifier, key) = try await setup(cutoff: Self.now.addingTimeInterval(60)) { event in
            events.withLock { $0.append(event) }
        }
        let claims = PasetoClaims(
            Session(role: "admin"),
            issuer: "auth",
            subject: "u",
            audience: "api",
            expiration: Date(timeIntervalSince1970: 1_800_003_600)
        )
        let paseto = try key.encrypt(claims, policy: IssuingPolicy(clock: FixedClock(Self.now)))
        let legacy = try await jwt(#"{"iss":"auth","sub":"u","aud":["web","api"],"exp":1800003600,"role":"admin"}"#)

        let fromPASETO = try verifier.verify(paseto)
        let fromJWT = try verifier.verify(legacy)
        #expect(fromPASETO.format == .paseto)
        #expect(fromJWT.format == .jwt)
        #expect(fromJWT.claims.content == fromPASETO.claims.content)
        #expect(fromJWT.claims.subject == "u")
        // The JWT's aud array is kept (the rules accept it: "api" is a member); narrowing is a choice.
        #expect(fromJWT.claims.audiences == ["web", "api"])
        #expect(fromJWT.claims.audience == nil)
        #expect(fromJWT.claims.expiration == fromPASETO.claims.expiration)

        let counts = verifier.counts
        #expect(counts.pasetoAccepted == 1)
        #expect(counts.jwtAccepted == 1)
        #expect(counts.lastJWTAccepted == Self.now)
        #expect(events.withLock { $0.map(\.format) } == [.paseto, .jwt])
    }

    @Test("JWTs are held to the same claim rules as PASETO tokens")
    func sameRules() async throws {
        let (verifier, _) = try await setup(cutoff: Self.now.addingTimeInterval(60))
        for (payload, code) in [
            (#"{"iss":"other","aud":"api","exp":1800003600,"role":"r"}"#, "issuer-mismatch"),
            (#"{"iss":"auth","aud":"web","exp":1800003600,"role":"r"}"#, "audience-mismatch"),
            (#"{"iss":"auth","aud":"api","role":"r"}"#, "missing-claim"),
            (#"{"iss":"auth","aud":"api","exp":1799999990,"role":"r"}"#, "expired"),
        ] {
            let token = try await jwt(payload)
            do {
                _ = try verifier.verify(token)
                Issue.record("accepted \(payload)")
            } catch let error as PasetoError {
                #expect(error.code.description == code)
            }
        }
        await #expect(throws: PasetoError.self) {
            _ = try verifier.verify(try await jwt(#"{"iss":"auth","aud":"api","exp":1800003600}"#))
        }
        #expect(verifier.counts.jwtRejected == 5)
    }

    @Test("from the cutoff on, JWTs are refused and counted; PASETO tokens still pass")
    func cutoff() async throws {
        let (verifier, key) = try await setup(cutoff: Self.now)
        let token = try await jwt(#"{"iss":"auth","aud":"api","exp":1800003600,"role":"r"}"#)
        expectRefusal(.jwtCutoffPassed) { _ = try verifier.verify(token) }
        let paseto = try key.encrypt(
            PasetoClaims(Session(role: "r"), issuer: "auth", audience: "api"),
            policy: IssuingPolicy(clock: FixedClock(Self.now))
        )
        #expect(try verifier.verify(paseto).format == .paseto)
        #expect(verifier.counts.jwtAfterCutoff == 1)
        #expect(verifier.counts.jwtAccepted == 0)
        #expect(verifier.counts.pasetoAccepted == 1)
    }

    @Test("JWT attacks are refused inside the window too, and a forged PASETO token is counted as rejected")
    func attacks() async throws {
        let (verifier, _) = try await setup(cutoff: Self.now.addingTimeInterval(60))
        let none = TokenBuilder.token(header: TokenBuilder.header("none"), payload: #"{"role":"admin"}"#, signature: [])
        expectRefusal(.algNone) { _ = try verifier.verify(none) }
        #expect(throws: PasetoError.self) { _ = try verifier.verify("v4.local.AAAA") }
        #expect(verifier.counts.pasetoRejected == 1)
        #expect(verifier.counts.jwtRejected == 1)
    }

    @Test("a chosen audience policy narrows a JWT aud array to that audience")
    func chosenAudience() async throws {
        var rules = ClaimRules(issuer: "auth", audience: "api", clock: FixedClock(Self.now))
        rules.leeway = .seconds(5)
        let verifier = TransitionVerifier<Session>(
            pasetoKey: PasetoV4.Local.Key.generate(),
            jwt: JWTVerifier(keys: try await JWTKeySet.hmacSecret(Self.secret), allowedAlgorithms: [.hs256]),
            cutoff: Self.now.addingTimeInterval(60),
            rules: rules,
            audiencePolicy: .choose(from: ["api"])
        )
        let legacy = try await jwt(#"{"iss":"auth","sub":"u","aud":["web","api"],"exp":1800003600,"role":"r"}"#)
        let verified = try verifier.verify(legacy)
        #expect(verified.claims.audience == "api")
        #expect(verified.claims.audiences == ["api"])
    }
}
