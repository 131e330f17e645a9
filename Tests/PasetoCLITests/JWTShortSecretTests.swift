import Foundation
import Testing

/// `--allow-short-secret`: HMAC secrets shorter than RFC 7518 allows, refused by default, admitted with exactly
/// one warning line on success. Tokens are signed by python (`Tests/PasetoJWTTests/Fixtures/make-legacy-tokens.py`).
@Suite("jwt short HMAC secrets")
struct JWTShortSecretTests {
    static func payload() throws -> String { try JWTFixtures.legacy("payload") + "\n" }

    @Test("a secret shorter than the hash is weak-hmac-key (exit 2) without --allow-short-secret")
    func shortSecretRefused() throws {
        let secret = try JWTFixtures.legacy("short-secret")
        for token in [try JWTFixtures.legacy("short-secret-hs256"), try JWTFixtures.legacy("short-secret-hs512")] {
            expectInputError(try PasetoCLI.run(["jwt", "verify", "--secret", secret, token]), code: "weak-hmac-key")
        }
    }

    @Test(
        "--allow-short-secret verifies and migrates legacy tokens, with exactly one warning line on success",
        .bug(id: 11, "issue 11, item 5")
    )
    func shortSecretAllowed() throws {
        let secret = try JWTFixtures.legacy("short-secret")
        for name in ["short-secret-hs256", "short-secret-hs512"] {
            let result = try PasetoCLI.run(
                ["jwt", "verify", "--secret", secret, "--allow-short-secret", try JWTFixtures.legacy(name)]
            )
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == (try Self.payload()))
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines[1].isEmpty, "\(result)")
            #expect(result.stderr.hasPrefix("warning: weak-hmac-key: the HMAC secret has 16 bytes"), "\(result)")
            #expect(!result.stderr.contains(secret))
        }
        let folder = try Fixtures.temporaryDirectory()
        let file = folder.appendingPathComponent("short.secret")
        try Data(secret.utf8).write(to: file)
        let key = "k4.local.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"
        let migrated = try PasetoCLI.run(
            ["jwt", "migrate", "--secret-file", file.path, "--allow-short-secret", "--to", key],
            stdin: try JWTFixtures.legacy("short-secret-hs256") + "\n" + (try JWTFixtures.legacy("short-secret-hs512"))
        )
        #expect(migrated.status == 0)
        let errorLines = migrated.stderr.split(separator: "\n").map(String.init)
        #expect(errorLines.count == 2, "\(migrated)")
        #expect(errorLines.first?.hasPrefix("warning: weak-hmac-key: ") == true)
        #expect(errorLines.last == "migrated 2, rejected 0")
        let token = try #require(
            try JWTMigrateTests.lines(migrated).first?.token,
            "\(migrated)"
        )
        expectSuccess(
            try PasetoCLI.run(["decrypt", "--key", key, "--no-validate", token]),
            stdout: #"{"iss":"https://legacy.example","sub":"alice","exp":"2100-01-01T00:00:00Z"}"# + "\n"
        )
    }

    @Test("with --allow-short-secret a failure still prints its one error line alone, and --key refuses it")
    func shortSecretFailure() throws {
        let secret = try JWTFixtures.legacy("short-secret")
        var tampered = Array(try JWTFixtures.legacy("short-secret-hs256"))
        tampered[tampered.count - 3] = tampered[tampered.count - 3] == "A" ? "B" : "A"
        expectRejected(
            try PasetoCLI.run(["jwt", "verify", "--secret", secret, "--allow-short-secret", String(tampered)]),
            code: "signature-invalid"
        )
        expectRejected(
            try PasetoCLI.run([
                "jwt", "verify", "--secret", secret, "--allow-short-secret", "--issuer", "other",
                try JWTFixtures.legacy("short-secret-hs256"),
            ]),
            code: "issuer-mismatch"
        )
        expectInputError(
            try PasetoCLI.run(["jwt", "verify", "--secret", "", "--allow-short-secret", String(tampered)]),
            code: "weak-hmac-key"
        )
        expectInputError(
            try PasetoCLI.run([
                "jwt", "verify", "--key", JWTFixtures.keyPath("ed25519-cert.pem"), "--allow-short-secret",
                try JWTFixtures.legacy("eddsa-cert"),
            ]),
            code: "usage"
        )
        // The vectors' 48-byte secret is long enough for HS256 and HS384, not HS512: the warning says so.
        let partly = try PasetoCLI.run([
            "jwt", "verify", "--secret", JWTFixtures.secret, "--allow-short-secret",
            try JWTFixtures.vector("hs256-aud-array-of-one").jwt,
        ])
        #expect(partly.status == 0, "\(partly)")
        #expect(partly.stderr.hasPrefix("warning: weak-hmac-key: the HMAC secret has 48 bytes"), "\(partly)")
        #expect(partly.stderr.contains("HS512") && !partly.stderr.contains("HS256"), "\(partly)")
        #expect(partly.stderr.filter { $0 == "\n" }.count == 1, "\(partly)")
    }
}
