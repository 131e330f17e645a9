import Foundation
import Testing

/// No failure path prints a secret PASERK (or a token) on standard error.
@Suite("secret hygiene")
struct SecretHygieneTests {
    static let localKey = "k4.local.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"
    static let secretKey =
        "k4.secret.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8c5WpIyC_5kWKhS8VEYSZ05dYfuTF-ZdQFV4D9vLTcNQ"

    /// A failing invocation and its standard input.
    struct Scenario: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        var stdin = ""
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let scenarios: [Scenario] = [
        Scenario(arguments: ["decrypt", "--key", localKey, "v4.local.AAAA"]),
        Scenario(arguments: ["decrypt", "--key", localKey, "v4.public.AAAA"]),
        Scenario(arguments: ["decrypt", "--key", localKey, "nonsense"]),
        Scenario(arguments: [
            "decrypt", "--key", localKey, "--footer", "x", "v4.local." + String(repeating: "A", count: 90),
        ]),
        Scenario(arguments: ["decrypt", "--key", secretKey, "v4.local.AAAA"]),
        Scenario(arguments: ["verify", "--key", secretKey, "v4.public.AAAA"]),
        Scenario(arguments: ["encrypt", "--key", localKey], stdin: "[1]"),
        Scenario(arguments: ["encrypt", "--key", secretKey], stdin: "{}"),
        Scenario(arguments: ["sign", "--key", localKey], stdin: "{}"),
        Scenario(arguments: ["sign", "--key", secretKey, "--bogus"], stdin: "{}"),
        Scenario(arguments: ["encrypt", localKey], stdin: "{}"),
        Scenario(arguments: ["encrypt", "--key", localKey, secretKey], stdin: "{}"),
        Scenario(arguments: ["inspect", localKey]),
        Scenario(arguments: ["inspect", "v4.local.AAAA", secretKey]),
        Scenario(arguments: ["keygen", localKey]),
        Scenario(arguments: ["keygen", "v4.local", "--out", "/nonexistent/folder/" + localKey]),
        Scenario(arguments: ["paserk", "public", localKey]),
        Scenario(arguments: ["paserk", "id", secretKey, localKey]),
        Scenario(arguments: ["paserk", "id", localKey + "x"]),
        Scenario(arguments: ["paserk", localKey]),
        Scenario(arguments: ["decrypt", "--key", "@/nonexistent/" + localKey, "v4.local.AAAA"]),
    ]

    @Test("failing commands never echo a secret key", arguments: scenarios)
    func noSecretOnStandardError(_ scenario: Scenario) throws {
        let result = try PasetoCLI.run(scenario.arguments, stdin: scenario.stdin)
        #expect(result.status != 0, "\(result)")
        #expect(result.stdout == "", "\(result)")
        #expect(result.stderr.hasPrefix("error: "), "\(result)")
        for secret in [Self.localKey, Self.secretKey] {
            let data = String(secret.split(separator: ".", maxSplits: 2)[2])
            #expect(!result.stderr.contains(data), "\(result)")
        }
    }

    /// A bearer JWT echoed back by argument-parser ("Unexpected argument …") is redacted too.
    static let bearerJWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJlLWJ5dGVz"

    @Test("a JWT in a misplaced argument is not echoed")
    func noJWTOnStandardError() throws {
        for arguments in [
            ["decrypt", "--key", Self.localKey, "extra", Self.bearerJWT],
            ["jwt", "decode", Self.bearerJWT, Self.bearerJWT],
        ] {
            let result = try PasetoCLI.run(arguments)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.hasPrefix("error: usage: "), "\(result)")
            #expect(!result.stderr.contains("eyJzdWIiOiJ1c2VyLTQyIn0"), "\(result)")
            #expect(!result.stderr.contains("c2lnbmF0dXJlLWJ5dGVz"), "\(result)")
        }
    }
}
