import Foundation
import Testing

/// `--secret` values beginning with `-` (one random base64url secret in 64): the token is signed by python
/// (`Tests/PasetoJWTTests/Fixtures/make-legacy-tokens.py`).
@Suite("jwt --secret values")
struct JWTSecretArgumentTests {
    static func payload() throws -> String { try JWTFixtures.legacy("payload") + "\n" }

    @Test("--secret takes a value beginning with -, for verify and migrate", .bug(id: 11, "issue 11, item 4"))
    func dashSecret() throws {
        let secret = try JWTFixtures.legacy("dash-secret")
        #expect(secret.hasPrefix("-"))
        let token = try JWTFixtures.legacy("dash-secret-hs256")
        expectSuccess(try PasetoCLI.run(["jwt", "verify", "--secret", secret, token]), stdout: try Self.payload())
        expectSuccess(
            try PasetoCLI.run([
                "jwt", "verify", "--alg", "HS256", "--secret", secret, "--issuer", "https://legacy.example", token,
            ]),
            stdout: try Self.payload()
        )
        let key = "k4.local.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"
        let migrated = try PasetoCLI.run(["jwt", "migrate", "--secret", secret, "--to", key], stdin: token)
        #expect(migrated.status == 0)
        #expect(migrated.stderr == "migrated 1, rejected 0\n", "\(migrated)")
        #expect(migrated.stdout.hasPrefix(#"{"line": 1, "ok": true, "token": "v4.local."#))
        // A value that looks like a flag is still the secret: the wrong one, so the signature fails.
        expectRejected(
            try PasetoCLI.run(["jwt", "verify", "--secret", "--no-validate-0123456789abcdef0123", token]),
            code: "signature-invalid"
        )
    }
}
