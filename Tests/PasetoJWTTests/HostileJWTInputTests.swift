import Foundation
import JWTKit
import PasetoJWT
import PasetoKit
import Testing

/// Hostile JWTs and key files: each is refused (or handled) in bounded time and memory, never a crash.
/// Limits: Docs/Security.md.
@Suite("hostile JWT input")
struct HostileJWTInputTests {
    static let secret = Array("hostile-tests-secret-0123456789abcdef-0123456789".utf8)
    static let rules = JWTClaimRules(
        issuer: nil,
        audience: nil,
        clock: FixedClock(Date(timeIntervalSince1970: 1_700_000_000))
    )

    private func verifier() async throws -> JWTVerifier {
        JWTVerifier(keys: try await JWTKeySet.hmacSecret(Self.secret))
    }

    private func signed(header: String = TokenBuilder.header("HS256"), payload: String) async throws -> String {
        try TokenBuilder.signed(header: header, payload: payload, by: try await Signers.hmac(Self.secret, .hs256))
    }

    /// The code `body` throws, or `nil` when it succeeds.
    private func code(_ body: () throws -> Void) -> JWTCompatError.Code? {
        do {
            try body()
            return nil
        } catch let error as JWTCompatError {
            return error.code
        } catch {
            Issue.record("not a JWTCompatError: \(error)")
            return nil
        }
    }

    @Test(
        "1 MB and 10 MB tokens and a million segments are limit-exceeded before parsing",
        arguments: [1 << 20, 10 << 20]
    )
    func hugeTokens(_ size: Int) async throws {
        let verifier = try await verifier()
        let migrator = try JWTMigrator(verifier: verifier, target: AnyPasetoKey(PasetoV4.Local.Key.generate()))
        let tokens = [
            String(repeating: "a", count: size),
            "eyJhbGciOiJIUzI1NiJ9." + String(repeating: "a", count: size) + ".AAAA",
            String(repeating: "a.", count: size / 2),
        ]
        for token in tokens {
            #expect(code { _ = try UnverifiedJWT(parsing: token) } == .limitExceeded)
            #expect(code { _ = try verifier.verify(token, rules: nil) } == .limitExceeded)
            #expect(code { _ = try migrator.migrate(token) } == .limitExceeded)
        }
    }

    @Test("20,000-deep JSON in the header or the payload is limit-exceeded")
    func deepNesting() async throws {
        let verifier = try await verifier()
        let deep = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        // Even the token length limit is raised, so the depth limit is what refuses.
        let limits = JWTLimits(maximumTokenLength: 1 << 20)
        let wide = JWTVerifier(keys: try await JWTKeySet.hmacSecret(Self.secret), limits: limits)
        let header = try await signed(header: #"{"alg":"HS256","x":\#(deep)}"#, payload: TokenBuilder.payload)
        let payload = try await signed(payload: #"{"exp":4102444800,"x":\#(deep)}"#)
        for token in [header, payload] {
            #expect(code { _ = try wide.verify(token, rules: nil) } == .limitExceeded)
            #expect(code { _ = try UnverifiedJWT(parsing: token, limits: limits) } == .limitExceeded)
            #expect(code { _ = try verifier.verify(token, rules: nil) } == .limitExceeded)
        }
    }

    @Test("1e400, -1e400, 1e-400 and -0 in every header member", arguments: ["1e400", "-1e400", "1e-400", "-0"])
    func extremeNumbersInHeader(_ literal: String) async throws {
        let verifier = try await verifier()
        for member in ["alg", "typ", "kid", "crit", "cty", "jku", "jwk", "x5u", "x5c", "b64"] {
            let header = member == "alg" ? #"{"alg":\#(literal)}"# : #"{"alg":"HS256","\#(member)":\#(literal)}"#
            let token = try await signed(header: header, payload: TokenBuilder.payload)
            let refused = code { _ = try verifier.verify(token, rules: nil) }
            if member == "b64" {
                // b64 means nothing unless crit names it (RFC 7797), so any value is ignored.
                #expect(refused == nil, "\(member): \(literal)")
            } else {
                #expect(refused != nil, "\(member): \(literal)")
                #expect(refused != .signatureInvalid, "\(member): \(literal)")
            }
        }
        // An unregistered member keeps its literal and is ignored.
        let extra = try await signed(
            header: #"{"alg":"HS256","x":\#(literal),"y":[\#(literal)]}"#,
            payload: TokenBuilder.payload
        )
        #expect(code { _ = try verifier.verify(extra, rules: nil) } == nil)
        #expect(code { _ = try UnverifiedJWT(parsing: extra) } == nil)
    }

    @Test("1e400, -1e400, 1e-400 and -0 in every payload claim", arguments: ["1e400", "-1e400", "1e-400", "-0"])
    func extremeNumbersInPayload(_ literal: String) async throws {
        let verifier = try await verifier()
        let migrator = try JWTMigrator(
            verifier: verifier,
            target: AnyPasetoKey(PasetoV4.Local.Key.generate()),
            options: JWTMigrationOptions(
                rules: Self.rules,
                issuingPolicy: IssuingPolicy(clock: FixedClock(Date(timeIntervalSince1970: 1_700_000_000)))
            )
        )
        for claim in ["exp", "nbf", "iat", "iss", "sub", "aud", "jti"] {
            let payload = claim == "exp" ? #"{"exp":\#(literal)}"# : #"{"exp":4102444800,"\#(claim)":\#(literal)}"#
            let token = try await signed(payload: payload)
            // Never a trap: either a claim error or, for -0 as a time, the epoch.
            let verified = code { _ = try verifier.verify(token, rules: Self.rules) }
            let migrated = code { _ = try migrator.migrate(token) }
            // -0 and 1e-400 are the epoch as NumericDates (RFC 7519 allows non-integer values).
            let epoch = literal == "-0" || literal == "1e-400"
            if epoch && ["nbf", "iat"].contains(claim) {
                #expect(verified == nil, "\(claim): \(literal)")
            } else if epoch && claim == "exp" {
                #expect(verified == .expired, "\(claim): \(literal)")
            } else {
                #expect(verified == .invalidClaim, "\(claim): \(literal)")
                #expect(migrated == .invalidClaim, "\(claim): \(literal)")
            }
        }
        // Custom claims keep their literal, through migration too.
        let custom = try await signed(
            payload: #"{"exp":4102444800,"n":\#(literal),"a":[\#(literal)],"o":{"n":\#(literal)}}"#
        )
        #expect(code { _ = try verifier.verify(custom, rules: Self.rules) } == nil)
        let payload = try migrator.migratedPayload(custom)
        #expect(String(decoding: payload, as: UTF8.self).contains(#""n":\#(literal)"#))
    }

    @Test("invalid UTF-8 and raw NUL bytes in the header or payload are refused")
    func invalidUTF8() async throws {
        let verifier = try await verifier()
        let signer = try await Signers.hmac(Self.secret, .hs256)
        for bytes: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x00]] {
            func token(header: [UInt8], payload: [UInt8]) throws -> String {
                let input = Base64URL.encode(header) + "." + Base64URL.encode(payload)
                return input + "." + Base64URL.encode(try signer.sign(Array(input.utf8)))
            }
            let badHeader = try token(
                header: Array(#"{"alg":"HS256","x":""#.utf8) + bytes + Array(#""}"#.utf8),
                payload: Array(TokenBuilder.payload.utf8)
            )
            #expect(code { _ = try verifier.verify(badHeader, rules: nil) } == .invalidHeader)
            let badPayload = try token(
                header: Array(TokenBuilder.header("HS256").utf8),
                payload: Array(#"{"exp":4102444800,"x":""#.utf8) + bytes + Array(#""}"#.utf8)
            )
            #expect(code { _ = try verifier.verify(badPayload, rules: nil) } == .invalidPayload)
        }
        #expect(code { _ = try verifier.verify("eyJhbGciOiJIUzI1NiJ9\u{0}.e30.AAAA", rules: nil) } == .malformedToken)
    }

    @Test("a JWKS with 2,000 keys loads; one past the member limit is refused before any key is built")
    func thousandsOfKeys() async throws {
        func jwks(_ count: Int) -> [UInt8] {
            let keys = (0..<count).map {
                #"{"kty":"OKP","crv":"Ed25519","kid":"k\#($0)","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#
            }
            return Array(#"{"keys":[\#(keys.joined(separator: ","))]}"#.utf8)
        }
        let loaded = try await JWTKeySet.load(contentsOf: jwks(2_000))
        #expect(loaded.count == 2_000)
        await expectRefusal(.limitExceeded) { _ = try await JWTKeySet.load(contentsOf: jwks(5_000)) }
        let oct = (0..<3_000).map { _ in
            #"{"kty":"OKP","crv":"Ed25519","kid":"same","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#
        }.joined(separator: ",")
        await expectRefusal(.invalidKey) {
            _ = try await JWTKeySet.load(contentsOf: Array(#"{"keys":[\#(oct)]}"#.utf8))
        }
    }

    @Test("PEM keys with trailing garbage or a second key: refused, except RSA text after the END line")
    func pemWithTrailingGarbage() async throws {
        var accepted: [String] = []
        for name in ["ed25519-public.pem", "ec-p256-public.pem", "ec-p384-public.pem", "rsa-public.pem"] {
            let pem = try Fixture.text(name)
            _ = try await JWTKeySet.pem(pem)
            for garbage in [
                "garbage", "\n\u{0}", "\n-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", pem,
            ] {
                for input in [pem + garbage] {
                    do {
                        let keys = try await JWTKeySet.load(contentsOf: Array(input.utf8))
                        #expect(keys.count == 1)
                        accepted.append(name)
                    } catch let error as JWTCompatError {
                        #expect(error.code == .invalidKey, "\(name)")
                    }
                }
            }
        }
        // swift-crypto's RSA PEM reader ignores what follows the END line; every other reader refuses it.
        #expect(accepted.allSatisfy { $0 == "rsa-public.pem" }, "\(accepted)")
    }

    @Test("HMAC secrets of every length below 32 bytes are weak", arguments: Array(0..<32))
    func shortSecrets(_ length: Int) async {
        await expectRefusal(.weakHMACKey) { _ = try await JWTKeySet.hmacSecret(Array(repeating: 0x61, count: length)) }
    }

    @Test(
        "a signature segment with non-ASCII characters is malformed, never a second spelling of a valid token",
        .bug(id: 8, "FuzzPASERK: libsodium 1.0.18 reads bytes from 0x80 on as base64 characters")
    )
    func nonASCIISignatureSegment() async throws {
        let verifier = try await verifier()
        // A token whose signature segment holds "__", which libsodium 1.0.18 also read from "ž" (0xC5 0xBE).
        var token = ""
        for index in 0..<100_000 {
            let candidate = try await signed(payload: #"{"sub":"user-\#(index)","exp":4102444800}"#)
            if candidate.split(separator: ".")[2].contains("__") {
                token = candidate
                break
            }
        }
        try #require(!token.isEmpty)
        _ = try verifier.verify(token, rules: nil)
        let parts = token.split(separator: ".").map(String.init)
        let respelled = parts[0] + "." + parts[1] + "." + parts[2].replacingOccurrences(of: "__", with: "\u{17E}")
        #expect(code { _ = try verifier.verify(respelled, rules: nil) } == .malformedToken)
        #expect(code { _ = try UnverifiedJWT(parsing: respelled) } == .malformedToken)
    }
}
