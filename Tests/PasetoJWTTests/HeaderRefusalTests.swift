import Foundation
import PasetoJWT
import PasetoKit
import Testing

/// Refusals decided by the token's shape and header, each with a token made for it.
@Suite("header and shape refusals")
struct HeaderRefusalTests {
    static let secret = Array("header-tests-secret-0123456789abcdef-0123456789".utf8)

    private func hmacVerifier() async throws -> JWTVerifier {
        JWTVerifier(keys: try await JWTKeySet.hmacSecret(Self.secret))
    }

    @Test(
        "alg none is refused in every letter case, signed or not",
        arguments: ["none", "None", "NONE", "nOnE", "noNe"]
    )
    func algNone(spelling: String) async throws {
        let hmac = try await hmacVerifier()
        let rsa = JWTVerifier(keys: try await Fixture.keys("rsa-public.pem"))
        let unsigned = TokenBuilder.token(
            header: TokenBuilder.header(spelling),
            payload: TokenBuilder.payload,
            signature: []
        )
        let signed = try TokenBuilder.signed(
            header: TokenBuilder.header(spelling),
            by: try await Signers.hmac(Self.secret, .hs256)
        )
        for token in [unsigned, signed] {
            expectRefusal(.algNone) { _ = try hmac.verify(token, rules: nil) }
            expectRefusal(.algNone) { _ = try rsa.verify(token, rules: nil) }
        }
        // Decoding (inventory) still shows such a token.
        #expect(try UnverifiedJWT(parsing: unsigned).header.algorithm == spelling)
    }

    @Test(
        "an alg that is no supported algorithm name is refused",
        arguments: ["hs256", "HS1", "RSA-OAEP", "ES256K", ""]
    )
    func unsupportedAlgorithm(name: String) async throws {
        let verifier = try await hmacVerifier()
        let token = try TokenBuilder.signed(
            header: TokenBuilder.header(name),
            by: try await Signers.hmac(Self.secret, .hs256)
        )
        expectRefusal(.unsupportedAlgorithm) { _ = try verifier.verify(token, rules: nil) }
    }

    @Test("an alg outside the caller's allow-list is refused")
    func notAllowed() async throws {
        let keys = try await Fixture.keys("rsa-public.pem")
        let token = try TokenBuilder.signed(header: TokenBuilder.header("RS256"), by: try await Signers.make(.rs256))
        #expect(throws: Never.self) {
            _ = try JWTVerifier(keys: keys, allowedAlgorithms: [.rs256]).verify(token, rules: nil)
        }
        expectRefusal(.algorithmNotAllowed) {
            _ = try JWTVerifier(keys: keys, allowedAlgorithms: [.ps256, .es256]).verify(token, rules: nil)
        }
    }

    @Test("HS256 signed with the RSA public key's PEM bytes as secret is refused against that RSA key")
    func algorithmConfusion() async throws {
        let pem = try Fixture.bytes("rsa-public.pem")
        let forged = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            by: try await Signers.hmac(pem, .hs256)
        )
        // The forgery is a real HS256 token: an HMAC verifier holding those bytes accepts it...
        let hmac = JWTVerifier(keys: try await JWTKeySet.hmacSecret(pem))
        #expect(throws: Never.self) { _ = try hmac.verify(forged, rules: nil) }
        // ...but an RSA key never verifies an HS* token, whatever the allow-list says.
        let rsa = try await Fixture.keys("rsa-public.pem")
        expectRefusal(.algorithmKeyMismatch) { _ = try JWTVerifier(keys: rsa).verify(forged, rules: nil) }
        expectRefusal(.algorithmKeyMismatch) {
            _ = try JWTVerifier(keys: rsa, allowedAlgorithms: [.hs256, .rs256]).verify(forged, rules: nil)
        }
    }

    @Test("an EC key never verifies an RSA or EdDSA token, an Ed25519 key never an ES256 token")
    func familyMismatch() async throws {
        let rsaToken = try TokenBuilder.signed(header: TokenBuilder.header("RS256"), by: try await Signers.make(.rs256))
        let edToken = try TokenBuilder.signed(header: TokenBuilder.header("EdDSA"), by: try await Signers.make(.eddsa))
        let esToken = try TokenBuilder.signed(header: TokenBuilder.header("ES256"), by: try await Signers.make(.es256))
        let ec = JWTVerifier(keys: try await Fixture.keys("ec-p256-public.pem"))
        let ec384 = JWTVerifier(keys: try await Fixture.keys("ec-p384-public.pem"))
        let ed = JWTVerifier(keys: try await Fixture.keys("ed25519-public.pem"))
        expectRefusal(.algorithmKeyMismatch) { _ = try ec.verify(rsaToken, rules: nil) }
        expectRefusal(.algorithmKeyMismatch) { _ = try ec.verify(edToken, rules: nil) }
        expectRefusal(.algorithmKeyMismatch) { _ = try ed.verify(esToken, rules: nil) }
        expectRefusal(.algorithmKeyMismatch) { _ = try ec384.verify(esToken, rules: nil) }
    }

    @Test(
        "crit is refused: every extension is unknown to this verifier",
        arguments: [
            #","crit":["exp"]"#, #","crit":["b64"],"b64":false"#, #","crit":[]"#, #","crit":["x-custom"],"x-custom":1"#,
        ]
    )
    func critical(extra: String) async throws {
        let verifier = try await hmacVerifier()
        let token = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256", extra),
            by: try await Signers.hmac(Self.secret, .hs256)
        )
        expectRefusal(.unknownCriticalHeader) { _ = try verifier.verify(token, rules: nil) }
    }

    @Test("crit that is not an array of strings is an invalid header")
    func malformedCritical() async throws {
        let verifier = try await hmacVerifier()
        let token = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256", #","crit":"b64""#),
            by: try await Signers.hmac(Self.secret, .hs256)
        )
        expectRefusal(.invalidHeader) { _ = try verifier.verify(token, rules: nil) }
    }

    @Test(
        "a header offering a key is refused, even when the signature is valid",
        arguments: [
            #","jku":"https://attacker.example/jwks.json""#, #","x5u":"https://attacker.example/cert.pem""#,
            #","jwk":{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#,
            #","x5c":["MIIBszCCAVmgAwIBAgIUQ"]"#,
        ]
    )
    func embeddedKey(extra: String) async throws {
        let token = try TokenBuilder.signed(
            header: TokenBuilder.header("RS256", extra),
            by: try await Signers.make(.rs256)
        )
        let verifier = JWTVerifier(keys: try await Fixture.keys("rsa-public.pem"))
        expectRefusal(.embeddedKeyRefused) { _ = try verifier.verify(token, rules: nil) }
    }

    @Test(
        "duplicate header names are refused, at the top or nested",
        arguments: [
            #"{"alg":"HS256","alg":"none"}"#, #"{"alg":"HS256","x":{"a":1,"a":2}}"#,
            #"{"kid":"a","alg":"HS256","kid":"b"}"#,
        ]
    )
    func duplicateHeader(header: String) async throws {
        let verifier = try await hmacVerifier()
        let token = try TokenBuilder.signed(header: header, by: try await Signers.hmac(Self.secret, .hs256))
        expectRefusal(.duplicateHeader) { _ = try verifier.verify(token, rules: nil) }
        expectRefusal(.duplicateHeader) { _ = try UnverifiedJWT(parsing: token) }
    }

    @Test("a header that is not a JSON object, or whose alg is missing or not a string, is refused")
    func invalidHeader() async throws {
        let verifier = try await hmacVerifier()
        let signer = try await Signers.hmac(Self.secret, .hs256)
        for header in [
            #"["HS256"]"#, #"{"typ":"JWT"}"#, #"{"alg":256}"#, #"{"alg":"HS256""#, #"{"alg":"HS256","kid":7}"#,
        ] {
            let token = try TokenBuilder.signed(header: header, by: signer)
            expectRefusal(.invalidHeader) { _ = try verifier.verify(token, rules: nil) }
        }
    }

    @Test("a five-segment token is recognised as JWE and refused")
    func jwe() async throws {
        let verifier = try await hmacVerifier()
        let jwe =
            "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6ji.XFBoMYUZodetZdvTiFvSkQ"
        expectRefusal(.jweNotSupported) { _ = try UnverifiedJWT(parsing: jwe) }
        expectRefusal(.jweNotSupported) { _ = try verifier.verify(jwe, rules: nil) }
    }

    @Test("segments that are not strict base64url, or the wrong number of them, are malformed")
    func malformed() async throws {
        let verifier = try await hmacVerifier()
        let good = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            by: try await Signers.hmac(Self.secret, .hs256)
        )
        let parts = good.split(separator: ".").map(String.init)
        let bad = [
            parts[0] + "." + parts[1], good + ".x", parts[0] + "=." + parts[1] + "." + parts[2],
            parts[0] + "." + parts[1] + "+." + parts[2], parts[0] + ".." + parts[2], "." + parts[1] + "." + parts[2],
            parts[0] + " ." + parts[1] + "." + parts[2], "",
        ]
        for token in bad {
            expectRefusal(.malformedToken) { _ = try verifier.verify(token, rules: nil) }
        }
    }

    @Test("a token over the length limit or a header nested too deep is refused before parsing")
    func limits() async throws {
        let verifier = try await hmacVerifier()
        expectRefusal(.limitExceeded) { _ = try verifier.verify(String(repeating: "a", count: 70_000), rules: nil) }
        let deep = #"{"alg":"HS256","x":"# + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "}"
        let token = try TokenBuilder.signed(header: deep, by: try await Signers.hmac(Self.secret, .hs256))
        expectRefusal(.limitExceeded) { _ = try verifier.verify(token, rules: nil) }
    }
}
