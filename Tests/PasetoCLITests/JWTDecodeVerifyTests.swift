import Foundation
import Testing

/// `paseto jwt decode` and `paseto jwt verify`, per the contract's "JWT compatibility" section.
@Suite("jwt decode and verify")
struct JWTDecodeVerifyTests {
    @Test("decode prints header and payload compactly, never verifies, and reads standard input")
    func decode() throws {
        let token = JWTFixtures.unsigned(
            header: #"{"alg": "none"}"#,
            payload: #"{"sub": "alice", "n": 1.50}"#,
            signature: []
        )
        let expected = #"{"header": {"alg":"none"}, "payload": {"sub":"alice","n":1.50}, "verified": false}"# + "\n"
        expectSuccess(try PasetoCLI.run(["jwt", "decode", token]), stdout: expected)
        expectSuccess(try PasetoCLI.run(["jwt", "decode"], stdin: token + "\n"), stdout: expected)
    }

    @Test("decode refuses what it cannot read, with exit 1")
    func decodeRefusals() throws {
        let jwe = "eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn"
        expectRejected(try PasetoCLI.run(["jwt", "decode", jwe]), code: "jwe-not-supported")
        expectRejected(
            try PasetoCLI.run(["jwt", "decode", JWTFixtures.unsigned(header: #"{"alg":"HS256","alg":"none"}"#)]),
            code: "duplicate-header"
        )
        expectRejected(
            try PasetoCLI.run(["jwt", "decode", JWTFixtures.unsigned(header: #"{"alg":"HS256"}"#, payload: "[1]")]),
            code: "payload-not-object"
        )
        expectRejected(
            try PasetoCLI.run([
                "jwt", "decode", JWTFixtures.unsigned(header: #"{"alg":"HS256"}"#, payload: #"{"a":1,"a":2}"#),
            ]),
            code: "duplicate-claim"
        )
        expectRejected(try PasetoCLI.run(["jwt", "decode", "abc.def"]), code: "malformed-token")
    }

    @Test("verify prints the payload exactly as signed, for HMAC secrets and PEM keys")
    func verify() throws {
        for name in [
            "hs256-every-claim-type", "rs256-to-v4-public", "es256-to-v4-local", "eddsa-to-v4-public",
            "ps256-to-v4-local",
        ] {
            let vector = try JWTFixtures.vector(name)
            let result = try PasetoCLI.run(["jwt", "verify"] + (try vector.keyArguments()) + [vector.jwt])
            expectSuccess(result, stdout: try JWTFixtures.payload(of: vector.jwt) + "\n")
        }
    }

    @Test("verify checks iss, aud (string or array member), exp and nbf; --no-validate skips them")
    func claims() throws {
        let vector = try JWTFixtures.vector("hs256-every-claim-type")
        let base = ["jwt", "verify", "--secret", JWTFixtures.secret]
        #expect(
            try PasetoCLI.run(base + ["--issuer", "https://auth.example", "--audience", "api", vector.jwt]).status == 0
        )
        expectRejected(
            try PasetoCLI.run(base + ["--issuer", "https://evil.example", vector.jwt]),
            code: "issuer-mismatch"
        )
        expectRejected(try PasetoCLI.run(base + ["--audience", "web", vector.jwt]), code: "audience-mismatch")
        expectRejected(try PasetoCLI.run(base + ["--subject", "root", vector.jwt]), code: "subject-mismatch")
        let expired = try JWTFixtures.vector("expired-refused")
        expectRejected(try PasetoCLI.run(base + [expired.jwt]), code: "expired")
        #expect(try PasetoCLI.run(base + ["--no-validate", expired.jwt]).status == 0)
        expectInputError(try PasetoCLI.run(base + ["--no-validate", "--issuer", "x", expired.jwt]), code: "usage")
    }

    @Test("verify refuses the known attacks with exit 1")
    func attacks() throws {
        let secret = ["--secret", JWTFixtures.secret]
        let rsa = ["--key", JWTFixtures.keyPath("rsa-public.pem")]
        let cases: [([String], String, String)] = [
            (secret, #"{"alg":"none"}"#, "alg-none"), (secret, #"{"alg":"NoNe"}"#, "alg-none"),
            (rsa, #"{"alg":"HS256"}"#, "algorithm-key-mismatch"),
            (secret, #"{"alg":"RS256"}"#, "algorithm-key-mismatch"),
            (secret, #"{"alg":"HS256","crit":["b64"],"b64":false}"#, "unknown-critical-header"),
            (rsa, #"{"alg":"RS256","jku":"https://attacker.example/k"}"#, "embedded-key-refused"),
            (rsa, #"{"alg":"RS256","x5c":["MIIB"]}"#, "embedded-key-refused"),
            (rsa, #"{"alg":"RS256","jwk":{"kty":"RSA"}}"#, "embedded-key-refused"),
            (rsa, #"{"alg":"RS256","x5u":"https://attacker.example/c"}"#, "embedded-key-refused"),
            (["--key", JWTFixtures.keyPath("jwks.json")], #"{"alg":"RS256","kid":"nope"}"#, "unknown-kid"),
            (["--key", JWTFixtures.keyPath("jwks.json")], #"{"alg":"ES256","kid":"rsa-1"}"#, "algorithm-key-mismatch"),
            (["--key", JWTFixtures.keyPath("ec-p256-public.pem")], #"{"alg":"ES256"}"#, "invalid-signature-encoding"),
            (secret, #"{"alg":"HS256"}"#, "invalid-signature-encoding"),
        ]
        for (key, header, code) in cases {
            expectRejected(
                try PasetoCLI.run(["jwt", "verify"] + key + [JWTFixtures.unsigned(header: header)]),
                code: code
            )
        }
        let vector = try JWTFixtures.vector("hs256-aud-array-of-one")
        expectRejected(
            try PasetoCLI.run(["jwt", "verify"] + secret + ["--alg", "HS384", vector.jwt]),
            code: "algorithm-not-allowed"
        )
        var tampered = Array(vector.jwt)
        tampered[tampered.count - 5] = tampered[tampered.count - 5] == "A" ? "B" : "A"
        expectRejected(try PasetoCLI.run(["jwt", "verify"] + secret + [String(tampered)]), code: "signature-invalid")
    }

    @Test("key and usage problems exit 2")
    func inputErrors() throws {
        let token = try JWTFixtures.vector("hs256-aud-array-of-one").jwt
        expectInputError(try PasetoCLI.run(["jwt", "verify", "--secret", "too-short", token]), code: "weak-hmac-key")
        expectInputError(
            try PasetoCLI.run(["jwt", "verify", "--key", "/nonexistent/key.pem", token]),
            code: "unreadable-file"
        )
        expectInputError(
            try PasetoCLI.run(["jwt", "verify", "--key", JWTFixtures.keyPath("rsa1024-public.pem"), token]),
            code: "invalid-key"
        )
        expectInputError(
            try PasetoCLI.run(["jwt", "verify", "--key", JWTFixtures.keyPath("README.md"), token]),
            code: "invalid-key"
        )
        expectInputError(
            try PasetoCLI.run(["jwt", "verify", "--key", JWTFixtures.keyPath("ed448-cert.pem"), token]),
            code: "unsupported-key"
        )
        expectInputError(
            try PasetoCLI.run(["jwt", "verify", "--secret", JWTFixtures.secret, "--alg", "none", token]),
            code: "usage"
        )
        expectInputError(try PasetoCLI.run(["jwt", "verify", token]), code: "usage")
        expectInputError(
            try PasetoCLI.run([
                "jwt", "verify", "--secret", JWTFixtures.secret, "--key", JWTFixtures.keyPath("rsa-public.pem"), token,
            ]),
            code: "usage"
        )
    }
}
