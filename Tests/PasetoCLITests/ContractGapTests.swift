import Foundation
import PasetoKit
import Testing

/// The contract items of issue 11 that live in the command line: `--no-validate` prints any payload, a
/// `--leeway` or `--expires-in` past the clock is a usage error, Ed25519 public keys are checked on import,
/// password-unwrap ceilings can be lowered, and no control character reaches the error line.
@Suite("contract gaps: decrypt, verify, issuing, keys, error lines")
struct ContractGapTests {
    // MARK: --no-validate

    /// Payloads `encrypt`/`sign` would refuse, but a token may still carry.
    static let payloads = ["hello, not JSON", "[1,2,3]", "", #"{"a":1,"a":2}"#, "{\"exp\":12}", "  {} "]

    @Test("--no-validate prints any authenticated payload exactly; without it the payload is rejected")
    func noValidatePrintsAnyPayload() throws {
        let local = PasetoV4.Local.Key.generate()
        let secret = PasetoV4.Public.SecretKey.generate()
        for payload in Self.payloads {
            let bytes = Array(payload.utf8)
            let runs: [(command: String, key: String, token: String)] = [
                ("decrypt", local.exportPASERK(), PasetoV4.Local.encrypt(bytes, using: local)),
                ("verify", secret.publicKey.exportPASERK(), PasetoV4.Public.sign(bytes, using: secret)),
            ]
            for run in runs {
                let base = [run.command, "--key", run.key]
                expectSuccess(try PasetoCLI.run(base + ["--no-validate", run.token]), stdout: payload + "\n")
                let checked = try PasetoCLI.run(base + [run.token])
                #expect(checked.status == 1, "\(payload.debugDescription): \(checked)")
                #expect(checked.stdout == "", "\(checked)")
                expectInputError(
                    try PasetoCLI.run(base + ["--no-validate", "--audience", "api", run.token]),
                    code: "usage"
                )
            }
        }
    }

    @Test("--no-validate still authenticates: a token under another key is rejected")
    func noValidateStillAuthenticates() throws {
        let token = PasetoV4.Local.encrypt(Array("x".utf8), using: PasetoV4.Local.Key.generate())
        let other = PasetoV4.Local.Key.generate().exportPASERK()
        expectRejected(
            try PasetoCLI.run(["decrypt", "--key", other, "--no-validate", token]),
            code: "authentication-failed"
        )
    }

    // MARK: Durations past the clock

    @Test(
        "a --leeway past 9999-12-31 or beyond the integer range is a usage error, never a trap",
        arguments: ["9223372036854775807", "18446744073709551615", "18446744073709551616", "300000000000", "-1"]
    )
    func leewayBeyondTheClock(_ leeway: String) throws {
        let key = PasetoV4.Local.Key.generate()
        let token = PasetoV4.Local.encrypt(Array(#"{"exp":"2001-01-01T00:00:00Z"}"#.utf8), using: key)
        let result = try PasetoCLI.run(["decrypt", "--key", key.exportPASERK(), "--leeway", leeway, token])
        expectInputError(result, code: "usage")
    }

    @Test("a leeway that still fits the clock works: 200 years accept a token expired in 2001")
    func largeLeewayWithinTheClock() throws {
        let key = PasetoV4.Local.Key.generate()
        let payload = #"{"exp":"2001-01-01T00:00:00Z"}"#
        let token = PasetoV4.Local.encrypt(Array(payload.utf8), using: key)
        let result = try PasetoCLI.run(["decrypt", "--key", key.exportPASERK(), "--leeway", "6311520000", token])
        expectSuccess(result, stdout: payload + "\n")
    }

    @Test(
        "an --expires-in past 9999-12-31 is a usage error; no token is issued without its exp",
        arguments: ["100000000d", "300000000h", "9223372036854775807s", "4611686018427387903s"]
    )
    func expiresInBeyondTheClock(_ duration: String) throws {
        let key = PasetoV4.Local.Key.generate().exportPASERK()
        let result = try PasetoCLI.run(["encrypt", "--key", key, "--expires-in", duration], stdin: #"{"sub":"a"}"#)
        expectInputError(result, code: "usage")
    }

    // MARK: Ed25519 public keys

    @Test("paserk id and verify refuse an all-zero or off-curve Ed25519 public key with invalid-key (exit 2)")
    func invalidPublicKeys() throws {
        for raw in [[UInt8](repeating: 0, count: 32), [2] + [UInt8](repeating: 0, count: 31)] {
            let encoded = Data(raw).base64EncodedString().replacingOccurrences(of: "=", with: "")
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            for version in ["k4", "k2"] {
                let paserk = "\(version).public.\(encoded)"
                expectInputError(try PasetoCLI.run(["paserk", "id", paserk]), code: "invalid-key")
                let token = version == "k4" ? "v4.public.AAAA" : "v2.public.AAAA"
                expectInputError(try PasetoCLI.run(["verify", "--key", paserk, token]), code: "invalid-key")
            }
        }
    }

    // MARK: Password-unwrap ceilings

    @Test("password-unwrap --max-memlimit/--max-opslimit lower the Argon2id ceiling; a higher cost is refused")
    func argon2Ceilings() throws {
        let environment = ["PASETO_PASSWORD": "correct horse"]
        let key = PasetoV4.Local.Key.generate().exportPASERK()
        let wrap = try PasetoCLI.run(
            ["paserk", "password-wrap", "--memlimit", "16777216", "--opslimit", "2", key],
            environment: environment
        )
        let wrapped = try #require(wrap.stdoutLines.first, "\(wrap)")
        let unwrap = ["paserk", "password-unwrap"]
        expectSuccess(try PasetoCLI.run(unwrap + [wrapped], environment: environment), stdout: key + "\n")
        expectSuccess(
            try PasetoCLI.run(
                unwrap + ["--max-memlimit", "16777216", "--max-opslimit", "2", wrapped],
                environment: environment
            ),
            stdout: key + "\n"
        )
        expectInputError(
            try PasetoCLI.run(unwrap + ["--max-memlimit", "8388608", wrapped], environment: environment),
            code: "invalid-parameters"
        )
        expectInputError(
            try PasetoCLI.run(unwrap + ["--max-opslimit", "1", wrapped], environment: environment),
            code: "invalid-parameters"
        )
        // A flag only lowers the library's ceiling (1 GiB, 8 passes).
        for flags in [["--max-memlimit", "2147483648"], ["--max-opslimit", "9"], ["--max-memlimit", "1"]] {
            expectInputError(try PasetoCLI.run(unwrap + flags + [wrapped], environment: environment), code: "usage")
        }
    }

    @Test("password-unwrap --max-iterations lowers the PBKDF2 ceiling of k3 keys")
    func pbkdf2Ceiling() throws {
        let environment = ["PASETO_PASSWORD": "correct horse"]
        let key = PasetoV3.Local.Key.generate().exportPASERK()
        let wrap = try PasetoCLI.run(
            ["paserk", "password-wrap", "--iterations", "2000", key],
            environment: environment
        )
        let wrapped = try #require(wrap.stdoutLines.first, "\(wrap)")
        let unwrap = ["paserk", "password-unwrap"]
        expectSuccess(
            try PasetoCLI.run(unwrap + ["--max-iterations", "2000", wrapped], environment: environment),
            stdout: key + "\n"
        )
        expectInputError(
            try PasetoCLI.run(unwrap + ["--max-iterations", "1999", wrapped], environment: environment),
            code: "invalid-parameters"
        )
        expectInputError(
            try PasetoCLI.run(unwrap + ["--max-iterations", "10000001", wrapped], environment: environment),
            code: "usage"
        )
    }

    // MARK: Control characters

    @Test("a JWT alg, kid or crit with a newline or an escape sequence cannot forge a second error line")
    func controlCharactersInJWTHeaders() throws {
        let headers = [
            #"{"alg":"HS256\nerror: ok: forged","typ":"JWT"}"#,
            #"{"alg":"none\r\n\u001b[2J"}"#,
            #"{"alg":"HS256","crit":["x\nerror: ok: forged"],"x\nerror: ok: forged":1}"#,
            #"{"alg":"HS256","kid":"k\u001b]0;owned\u0007\nerror: ok: forged"}"#,
        ]
        for header in headers {
            let token = Self.base64URL(header) + "." + Self.base64URL(#"{"sub":"a"}"#) + ".c2lnbmF0dXJl"
            let secret = String(repeating: "s", count: 32)
            for command in [
                ["jwt", "verify", "--secret", secret, token], ["jwt", "verify", "--key", "/dev/null", token],
            ] {
                let result = try PasetoCLI.run(command)
                #expect(result.status != 0, "\(result)")
                #expect(result.stdout == "", "\(result)")
                #expect(result.stderr.hasPrefix("error: "), "\(result)")
                #expect(result.stderr.filter(\.isNewline).count == 1, "\(result)")
                let controls = result.stderr.dropLast().unicodeScalars.filter {
                    $0.properties.generalCategory == .control
                }
                #expect(controls.isEmpty, "\(result)")
            }
        }
    }

    static func base64URL(_ text: String) -> String {
        Data(text.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
}
