import Foundation
import PasetoJWT
import PasetoKit
import Testing

/// Each claim type through the migration, and the lifetime rules.
@Suite("migration")
struct MigrationTests {
    static let secret = [UInt8](repeating: 0x61, count: 64)
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func migrator(
        target: AnyPasetoKey? = nil,
        keepsExpired: Bool = false,
        audiencePolicy: JWTAudiencePolicy = .keepAll,
        maximumLifetime: Duration? = nil,
        footer: JWTMigrationFooter = .none
    ) async throws -> JWTMigrator {
        let clock = FixedClock(now)
        return try JWTMigrator(
            verifier: JWTVerifier(keys: try await JWTKeySet.hmacSecret(secret)),
            target: try target ?? AnyPasetoKey.generate(version: .v4, purpose: .local),
            options: JWTMigrationOptions(
                rules: JWTClaimRules(issuer: nil, audience: nil, clock: clock),
                keepsExpired: keepsExpired,
                audiencePolicy: audiencePolicy,
                issuingPolicy: IssuingPolicy(maximumLifetime: maximumLifetime, clock: clock),
                footer: footer
            )
        )
    }

    static func jwt(_ payload: String) async throws -> String {
        try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            payload: payload,
            by: try await Signers.hmac(secret, .hs256)
        )
    }

    private func mapped(_ payload: String, _ migrator: JWTMigrator? = nil) async throws -> String {
        let migrator = if let migrator { migrator } else { try await Self.migrator() }
        return String(decoding: try migrator.migratedPayload(try await Self.jwt(payload)), as: UTF8.self)
    }

    @Test("exp, nbf and iat become RFC 3339 UTC: exp and iat rounded down, nbf up")
    func times() async throws {
        #expect(
            try await mapped(#"{"exp":4102444800,"nbf":1700000000,"iat":1700000000}"#)
                == #"{"exp":"2100-01-01T00:00:00Z","nbf":"2023-11-14T22:13:20Z","iat":"2023-11-14T22:13:20Z"}"#
        )
        #expect(
            try await mapped(#"{"exp":4102444800.999,"nbf":1700000000.001,"iat":1700000000.999}"#)
                == #"{"exp":"2100-01-01T00:00:00Z","nbf":"2023-11-14T22:13:21Z","iat":"2023-11-14T22:13:20Z"}"#
        )
    }

    @Test(
        "aud: a string stays, an array of one becomes a string, an array of several stays that array by default",
        .bug(id: 11, "issue 11, item 2")
    )
    func audience() async throws {
        #expect(try await mapped(#"{"aud":"api","exp":4102444800}"#) == #"{"aud":"api","exp":"2100-01-01T00:00:00Z"}"#)
        #expect(
            try await mapped(#"{"aud":["api"],"exp":4102444800}"#) == #"{"aud":"api","exp":"2100-01-01T00:00:00Z"}"#
        )
        #expect(
            try await mapped(#"{"aud":["web", "api","app"],"exp":4102444800}"#)
                == #"{"aud":["web","api","app"],"exp":"2100-01-01T00:00:00Z"}"#
        )
        #expect(JWTMigrationOptions().audiencePolicy == .keepAll)
    }

    @Test("aud arrays of several: requireSingle refuses them, choose(from:) keeps one accepted audience")
    func audienceChoice() async throws {
        let refusing = try await Self.migrator(audiencePolicy: .requireSingle)
        await expectRefusal(.multipleAudiences) {
            _ = try await mapped(#"{"aud":["web","api"],"exp":4102444800}"#, refusing)
        }
        #expect(
            try await mapped(#"{"aud":["api"],"exp":4102444800}"#, refusing)
                == #"{"aud":"api","exp":"2100-01-01T00:00:00Z"}"#
        )
        #expect(JWTAudiencePolicy.choose(from: []) == .requireSingle)
        let choosing = try await Self.migrator(audiencePolicy: .choose(from: ["api"]))
        #expect(
            try await mapped(#"{"aud":["web","api"],"exp":4102444800}"#, choosing)
                == #"{"aud":"api","exp":"2100-01-01T00:00:00Z"}"#
        )
        await expectRefusal(.audienceMismatch) {
            _ = try await mapped(#"{"aud":["web","app"],"exp":4102444800}"#, choosing)
        }
    }

    @Test("every other claim is kept exactly: strings, numbers as written, arrays, objects, booleans, null")
    func otherClaims() async throws {
        let claims =
            #"{"iss":"i","sub":"s","jti":"j","n":1.50,"big":123456789012345678901234567890,"e":1E+3,"#
            + #""a":[1,{"b":null}],"o":{"t":true,"f":false},"u":"Zoë \"q\" \\ \n","exp":4102444800}"#
        let expected =
            #"{"iss":"i","sub":"s","jti":"j","n":1.50,"big":123456789012345678901234567890,"e":1E+3,"#
            + #""a":[1,{"b":null}],"o":{"t":true,"f":false},"u":"Zoë \"q\" \\ \n","exp":"2100-01-01T00:00:00Z"}"#
        #expect(try await mapped(claims) == expected)
    }

    @Test("a JWT without exp gets the policy's maximum lifetime (else the default) from now; longer ones are refused")
    func lifetime() async throws {
        #expect(try await mapped(#"{"sub":"s"}"#) == #"{"sub":"s","exp":"2027-01-15T09:00:00Z"}"#)
        let bounded = try await Self.migrator(maximumLifetime: .seconds(600))
        #expect(try await mapped(#"{"sub":"s"}"#, bounded) == #"{"sub":"s","exp":"2027-01-15T08:10:00Z"}"#)
        #expect(try await mapped(#"{"exp":1800000600}"#, bounded) == #"{"exp":"2027-01-15T08:10:00Z"}"#)
        await expectRefusal(.lifetimeExceeded) { _ = try await mapped(#"{"exp":1800000601}"#, bounded) }
    }

    @Test("expired JWTs are refused unless kept, and then stay expired")
    func expired() async throws {
        await expectRefusal(.expired) { _ = try await mapped(#"{"exp":1700000000}"#) }
        let keeping = try await Self.migrator(keepsExpired: true)
        #expect(try await mapped(#"{"exp":1700000000}"#, keeping) == #"{"exp":"2023-11-14T22:13:20Z"}"#)
    }

    @Test("v4.local: the token decrypts with the target key to the mapped claims, footer kid is the lid")
    func local() async throws {
        let key = PasetoV4.Local.Key.generate()
        let migrator = try await Self.migrator(target: AnyPasetoKey(key), footer: .keyID)
        let token = try migrator.migrate(try await Self.jwt(#"{"sub":"s","exp":4102444800}"#))
        #expect(token.hasPrefix("v4.local."))
        let verified = try key.decrypt(
            token,
            as: NoCustomClaims.self,
            rules: ClaimRules(issuer: nil, audience: nil, clock: FixedClock(Self.now))
        )
        #expect(verified.claims.subject == "s")
        #expect(verified.claims.expiration == Date(timeIntervalSince1970: 4_102_444_800))
        #expect(verified.footer.keyID == key.paserkID)
    }

    @Test("v4.public: the token verifies with the target's public key, footer kid is the pid")
    func signing() async throws {
        let key = PasetoV4.Public.SecretKey.generate()
        let migrator = try await Self.migrator(target: AnyPasetoKey(key), footer: .keyID)
        let token = try migrator.migrate(try await Self.jwt(#"{"sub":"s","exp":4102444800}"#))
        #expect(token.hasPrefix("v4.public."))
        let verified = try key.publicKey.verify(
            token,
            as: NoCustomClaims.self,
            rules: ClaimRules(issuer: nil, audience: nil, clock: FixedClock(Self.now))
        )
        #expect(verified.claims.subject == "s")
        #expect(verified.footer.keyID == key.publicKey.paserkID)
    }

    @Test("a public key cannot be a target; footer bytes holding key material are refused")
    func badTargets() async throws {
        let publicKey = AnyPasetoKey(PasetoV4.Public.SecretKey.generate().publicKey)
        await expectRefusal(.invalidKey) { _ = try await Self.migrator(target: publicKey) }
        let local = PasetoV4.Local.Key.generate()
        await #expect(throws: PasetoError.self) {
            _ = try await Self.migrator(footer: .bytes(Array(local.exportPASERK().utf8)))
        }
    }
}
