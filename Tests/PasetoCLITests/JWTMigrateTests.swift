import Foundation
import Testing

/// `paseto jwt migrate`: streaming, one JSON line per input line, summary last on standard error.
@Suite("jwt migrate")
struct JWTMigrateTests {
    struct Line: Decodable {
        var line: Int
        var ok: Bool
        var token: String?
        var error: String?
    }

    static func lines(_ result: CLIResult) throws -> [Line] {
        try result.stdoutLines.map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
    }

    @Test("each line gives one result line; migrated tokens decrypt to the expected claims; summary last")
    func migrate() throws {
        let good = try ["hs256-every-claim-type", "hs256-aud-array-of-one", "hs256-fractional-times"].map(
            JWTFixtures.vector
        )
        let expired = try JWTFixtures.vector("expired-refused")
        let twoAudiences = try JWTFixtures.vector("aud-array-of-two-kept")
        let input = [good[0].jwt, "not a token", good[1].jwt + "\r", "", expired.jwt, twoAudiences.jwt, good[2].jwt]
        let key = good[0].targetKey
        let result = try PasetoCLI.run(
            ["jwt", "migrate", "--secret", JWTFixtures.secret, "--to", key],
            stdin: input.joined(separator: "\n")
        )
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "migrated 4, rejected 3\n")
        let lines = try Self.lines(result)
        #expect(lines.map(\.line) == Array(1...7))
        #expect(lines.map(\.ok) == [true, false, true, false, false, true, true])
        #expect(lines[1].error?.hasPrefix("malformed-token: ") == true)
        #expect(lines[3].error?.hasPrefix("malformed-token: ") == true)
        #expect(lines[4].error?.hasPrefix("expired: ") == true)
        for (line, vector) in zip([lines[0], lines[2], lines[5], lines[6]], [good[0], good[1], twoAudiences, good[2]]) {
            let token = try #require(line.token)
            #expect(token.hasPrefix("v4.local."))
            let opened = try PasetoCLI.run(["decrypt", "--key", key, "--no-validate", token])
            expectSuccess(opened, stdout: (vector.expectedPayload ?? "") + "\n")
        }
        #expect(result.stdout.hasSuffix("\n"))
        #expect(result.stdout.contains(#"{"line": 1, "ok": true, "token": "v4.local."#))
    }

    @Test("--to a secret key signs v4.public tokens; --kid puts the pid in the footer; PEM verification keys work")
    func signing() throws {
        let vector = try JWTFixtures.vector("rs256-to-v4-public")
        let result = try PasetoCLI.run(
            ["jwt", "migrate"] + (try vector.keyArguments()) + ["--to", vector.targetKey, "--kid"],
            stdin: vector.jwt
        )
        #expect(result.stderr == "migrated 1, rejected 0\n")
        let token = try #require(try Self.lines(result).first?.token)
        let publicKey = try #require(vector.targetPublicKey)
        let verified = try PasetoCLI.run(["verify", "--key", publicKey, "--no-validate", token])
        expectSuccess(verified, stdout: (vector.expectedPayload ?? "") + "\n")
        let pid = try PasetoCLI.run(["paserk", "id", publicKey]).stdoutLines.first ?? "?"
        #expect(try PasetoCLI.run(["inspect", token]).stdout.contains(#""kid": "\#(pid)""#))
    }

    @Test("--keep-expired migrates expired JWTs; --footer sets the footer; --secret-file is read byte for byte")
    func options() throws {
        let expired = try JWTFixtures.vector("expired-refused")
        let folder = try Fixtures.temporaryDirectory()
        let exact = folder.appendingPathComponent("secret")
        let withNewline = folder.appendingPathComponent("secret-newline")
        try Data(JWTFixtures.secret.utf8).write(to: exact)
        try Data((JWTFixtures.secret + "\n").utf8).write(to: withNewline)
        let base = ["jwt", "migrate", "--to", expired.targetKey, "--keep-expired", "--footer", "legacy"]
        let kept = try PasetoCLI.run(base + ["--secret-file", exact.path], stdin: expired.jwt)
        let token = try #require(try Self.lines(kept).first?.token)
        #expect(try PasetoCLI.run(["inspect", token]).stdout.contains(#""footer": "legacy""#))
        let wrong = try PasetoCLI.run(base + ["--secret-file", withNewline.path], stdin: expired.jwt)
        #expect(try Self.lines(wrong).first?.error?.hasPrefix("signature-invalid: ") == true)
        #expect(wrong.status == 0)
    }

    @Test(
        "an aud array of two or more stays that array; --audience checks it and never narrows it",
        .bug(id: 11, "issue 11, item 2")
    )
    func audience() throws {
        let vector = try JWTFixtures.vector("aud-array-of-two-kept")
        for flags in [[], ["--audience", "b"]] {
            let result = try PasetoCLI.run(
                ["jwt", "migrate", "--secret", JWTFixtures.secret, "--to", vector.targetKey] + flags,
                stdin: vector.jwt
            )
            #expect(result.stderr == "migrated 1, rejected 0\n", "\(result)")
            let token = try #require(try Self.lines(result).first?.token)
            let opened = try PasetoCLI.run(["decrypt", "--key", vector.targetKey, "--no-validate", token])
            expectSuccess(opened, stdout: #"{"aud":["a","b"],"exp":"2100-01-01T00:00:00Z"}"# + "\n")
        }
        let mismatch = try PasetoCLI.run(
            ["jwt", "migrate", "--secret", JWTFixtures.secret, "--to", vector.targetKey, "--audience", "c"],
            stdin: vector.jwt
        )
        #expect(try Self.lines(mismatch).first?.error?.hasPrefix("audience-mismatch: ") == true)
        let one = try JWTFixtures.vector("hs256-aud-array-of-one")
        let single = try PasetoCLI.run(
            ["jwt", "migrate", "--secret", JWTFixtures.secret, "--to", one.targetKey],
            stdin: one.jwt
        )
        let token = try #require(try Self.lines(single).first?.token)
        expectSuccess(
            try PasetoCLI.run(["decrypt", "--key", one.targetKey, "--no-validate", token]),
            stdout: (one.expectedPayload ?? "") + "\n"
        )
    }

    @Test("many lines stream through, one result each, in order")
    func streaming() throws {
        let vector = try JWTFixtures.vector("hs256-aud-array-of-one")
        let count = 1200
        let input =
            Array(repeating: vector.jwt, count: count).joined(separator: "\n") + "\n"
            + String(repeating: "x", count: 70_000)
        let result = try PasetoCLI.run(
            ["jwt", "migrate", "--secret", JWTFixtures.secret, "--to", vector.targetKey],
            stdin: input
        )
        #expect(result.status == 0)
        let lines = try Self.lines(result)
        #expect(lines.count == count + 1)
        #expect(lines.map(\.line) == Array(1...(count + 1)))
        #expect(lines.last?.error?.hasPrefix("limit-exceeded: ") == true)
        #expect(result.stderr == "migrated \(count), rejected 1\n")
    }

    @Test("a public --to key, --footer with --kid, or a bad key exits 2 before reading any line")
    func inputErrors() throws {
        let vector = try JWTFixtures.vector("rs256-to-v4-public")
        let publicKey = try #require(vector.targetPublicKey)
        let secret = ["--secret", JWTFixtures.secret]
        expectInputError(
            try PasetoCLI.run(["jwt", "migrate"] + secret + ["--to", publicKey], stdin: vector.jwt),
            code: "invalid-key"
        )
        expectInputError(
            try PasetoCLI.run(
                ["jwt", "migrate"] + secret + ["--to", vector.targetKey, "--kid", "--footer", "x"],
                stdin: vector.jwt
            ),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(["jwt", "migrate"] + secret + ["--to", "k4.local.AAAA"], stdin: vector.jwt),
            code: "invalid-key"
        )
        expectInputError(
            try PasetoCLI.run(["jwt", "migrate", "--secret", "short", "--to", vector.targetKey], stdin: vector.jwt),
            code: "weak-hmac-key"
        )
    }
}
