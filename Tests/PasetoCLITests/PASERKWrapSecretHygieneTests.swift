import Foundation
import Testing

/// No failing `paserk` wrap command prints a secret key or the password on standard error.
@Suite("paserk wrap commands: secret hygiene")
struct PASERKWrapSecretHygieneTests {
    static let localKey = SecretHygieneTests.localKey
    static let secretKey = SecretHygieneTests.secretKey
    static let password = "pa55-word-that-must-never-appear"
    static let wrapped = "k4.local-wrap.pie." + String(repeating: "A", count: 128)

    /// A failing invocation.
    struct Scenario: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let scenarios: [Scenario] = [
        Scenario(arguments: ["paserk", "wrap", "--wrapping-key", secretKey, localKey]),
        Scenario(arguments: ["paserk", "wrap", "--wrapping-key", localKey, localKey + "x"]),
        Scenario(arguments: ["paserk", "wrap", localKey]),
        Scenario(arguments: ["paserk", "unwrap", "--wrapping-key", localKey, wrapped]),
        Scenario(arguments: ["paserk", "unwrap", "--wrapping-key", localKey, localKey]),
        Scenario(arguments: ["paserk", "unwrap", "--wrapping-key", secretKey, secretKey]),
        Scenario(arguments: ["paserk", "seal", "--public-key", secretKey, localKey]),
        Scenario(arguments: ["paserk", "unseal", "--secret-key", secretKey, "k4.seal.AAAA"]),
        Scenario(arguments: ["paserk", "unseal", "--secret-key", localKey, secretKey]),
        Scenario(arguments: ["paserk", "password-wrap", "--memlimit", "1", secretKey]),
        Scenario(arguments: ["paserk", "password-wrap", "--bogus", secretKey]),
        Scenario(arguments: ["paserk", "password-unwrap", "k4.local-pw." + String(repeating: "A", count: 160)]),
        Scenario(arguments: ["paserk", "password-unwrap", "--password-file", "/nonexistent/password-file", localKey]),
        Scenario(arguments: ["paserk", "password-unwrap", secretKey]),
    ]

    @Test("failing commands never echo a secret key or the password", arguments: scenarios)
    func noSecretOnStandardError(_ scenario: Scenario) throws {
        let result = try PasetoCLI.run(scenario.arguments, environment: ["PASETO_PASSWORD": Self.password])
        #expect(result.status != 0, "\(result)")
        #expect(result.stdout == "", "\(result)")
        #expect(result.stderr.hasPrefix("error: "), "\(result)")
        for secret in [Self.localKey, Self.secretKey] {
            let data = String(secret.split(separator: ".", maxSplits: 2)[2])
            #expect(!result.stderr.contains(data), "\(result)")
        }
        #expect(!result.stderr.contains("pa55-word"), "\(result)")
    }
}
