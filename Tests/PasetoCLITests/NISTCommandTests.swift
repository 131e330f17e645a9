import Foundation
import PasetoVectors
import Testing

/// `paseto` with v3/v1 tokens and k3/k1 keys: keygen, encrypt/decrypt, sign/verify, every `paserk` subcommand,
/// the official v3 vectors through `decrypt`/`verify`, and the k1 `seal` gap.
@Suite("v3, v1, k3 and k1 on the command line")
struct NISTCommandTests {
    static let payload = #"{"sub":"alice","exp":"2099-01-01T00:00:00Z"}"#
    static let password = ["PASETO_PASSWORD": "correct horse battery staple"]

    /// A `local` key and a `secret`/`public` pair of `version` from `paseto keygen`.
    static func keys(_ version: String) throws -> (local: String, secret: String, public: String) {
        let local = try PasetoCLI.run(["keygen", "\(version).local"])
        let pair = try PasetoCLI.run(["keygen", "\(version).public"])
        try #require(local.status == 0 && pair.status == 0 && pair.stdoutLines.count == 2, "\(local) \(pair)")
        return (try #require(local.stdoutLines.first), pair.stdoutLines[0], pair.stdoutLines[1])
    }

    @Test("keygen v3.local, v3.public, v1.local and v1.public print PASERKs of their version", arguments: ["v3", "v1"])
    func keygen(version: String) throws {
        let prefix = "k" + version.dropFirst()
        let (local, secret, publicKey) = try Self.keys(version)
        #expect(local.hasPrefix(prefix + ".local.") && local.count == "k3.local.".count + 43)
        #expect(secret.hasPrefix(prefix + ".secret.") && publicKey.hasPrefix(prefix + ".public."))
        // A P-384 scalar is 48 bytes and its compressed point 49; an RSA-2048 key is over a kilobyte of DER.
        if version == "v3" {
            #expect(secret.count == "k3.secret.".count + 64 && publicKey.count == "k3.public.".count + 66)
        } else {
            #expect(
                secret.count > 1500 && publicKey.hasPrefix("k1.public.MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")
            )
        }
        expectSuccess(try PasetoCLI.run(["paserk", "public", secret]), stdout: publicKey + "\n")
        for (key, id) in [(local, "lid"), (secret, "sid"), (publicKey, "pid")] {
            let result = try PasetoCLI.run(["paserk", "id", key])
            #expect(result.status == 0 && result.stdout.hasPrefix("\(prefix).\(id).") && result.stdout.count == 52)
        }
    }

    @Test("encrypt/decrypt and sign/verify round-trip v3 (with implicit assertions) and v1", arguments: ["v3", "v1"])
    func tokens(version: String) throws {
        let (local, secret, publicKey) = try Self.keys(version)
        let implicit = version == "v3" ? ["--implicit", "tenant-7"] : []
        let encrypted = try PasetoCLI.run(
            ["encrypt", "--key", local, "--footer", "kid-1"] + implicit,
            stdin: Self.payload
        )
        let token = try #require(encrypted.stdoutLines.first, "\(encrypted)")
        #expect(token.hasPrefix("\(version).local."))
        expectSuccess(try PasetoCLI.run(["decrypt", "--key", local] + implicit + [token]), stdout: Self.payload + "\n")
        let signed = try PasetoCLI.run(["sign", "--key", secret] + implicit, stdin: Self.payload)
        let signedToken = try #require(signed.stdoutLines.first, "\(signed)")
        #expect(signedToken.hasPrefix("\(version).public."))
        expectSuccess(
            try PasetoCLI.run(["verify", "--key", publicKey] + implicit + [signedToken]),
            stdout: Self.payload + "\n"
        )
        // Keys of the other purpose or of v4 never open these tokens.
        expectRejected(try PasetoCLI.run(["decrypt", "--key", publicKey, token]), code: "key-mismatch")
        let v4 = try #require(try PasetoCLI.run(["keygen", "v4.local"]).stdoutLines.first)
        expectRejected(try PasetoCLI.run(["decrypt", "--key", v4, token]), code: "key-mismatch")
        if version == "v3" {
            expectRejected(try PasetoCLI.run(["decrypt", "--key", local, token]), code: "authentication-failed")
        } else {
            expectInputError(
                try PasetoCLI.run(["decrypt", "--key", local, "--implicit", "x", token]),
                code: "unsupported-version"
            )
        }
    }

    @Test(
        "paserk wrap, unwrap, password-wrap, password-unwrap (and for k3 seal, unseal) round-trip",
        arguments: ["v3", "v1"]
    )
    func wrapping(version: String) throws {
        let prefix = "k" + version.dropFirst()
        let (local, secret, publicKey) = try Self.keys(version)
        let wrapping = try #require(try PasetoCLI.run(["keygen", "\(version).local"]).stdoutLines.first)
        for key in [local, secret] {
            let wrapped = try #require(
                try PasetoCLI.run(["paserk", "wrap", "--wrapping-key", wrapping, key]).stdoutLines.first
            )
            #expect(wrapped.hasPrefix(prefix + "."))
            expectSuccess(
                try PasetoCLI.run(["paserk", "unwrap", "--wrapping-key", wrapping, wrapped]),
                stdout: key + "\n"
            )
            let pw = try PasetoCLI.run(
                ["paserk", "password-wrap", "--iterations", "1000", key],
                environment: Self.password
            )
            let pwPASERK = try #require(pw.stdoutLines.first, "\(pw)")
            #expect(pwPASERK.hasPrefix(prefix + ".") && pwPASERK.contains("-pw."))
            expectSuccess(
                try PasetoCLI.run(["paserk", "password-unwrap", pwPASERK], environment: Self.password),
                stdout: key + "\n"
            )
            expectRejected(
                try PasetoCLI.run(["paserk", "password-unwrap", pwPASERK], environment: ["PASETO_PASSWORD": "nope"]),
                code: "authentication-failed"
            )
        }
        let sealed = try PasetoCLI.run(["paserk", "seal", "--public-key", publicKey, local])
        if version == "v3" {
            let sealedPASERK = try #require(sealed.stdoutLines.first, "\(sealed)")
            #expect(sealedPASERK.hasPrefix("k3.seal."))
            expectSuccess(
                try PasetoCLI.run(["paserk", "unseal", "--secret-key", secret, sealedPASERK]),
                stdout: local + "\n"
            )
        } else {
            expectInputError(sealed, code: "unsupported-version")
            #expect(sealed.stderr.contains("raw RSA"))
        }
    }

    @Test("password-wrap takes --iterations for k1/k3 keys and --memlimit/--opslimit for k2/k4 keys only")
    func passwordOptions() throws {
        let k3 = try #require(try PasetoCLI.run(["keygen", "v3.local"]).stdoutLines.first)
        let k4 = try #require(try PasetoCLI.run(["keygen", "v4.local"]).stdoutLines.first)
        expectInputError(
            try PasetoCLI.run(["paserk", "password-wrap", "--memlimit", "8192", k3], environment: Self.password),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(["paserk", "password-wrap", "--iterations", "1000", k4], environment: Self.password),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(["paserk", "password-wrap", "--iterations", "0", k3], environment: Self.password),
            code: "invalid-parameters"
        )
    }

    @Test("A k3 wrapping key cannot unwrap a k4 PASERK, nor a k1 key a k3 one: key-mismatch")
    func crossVersion() throws {
        let k3 = try #require(try PasetoCLI.run(["keygen", "v3.local"]).stdoutLines.first)
        let k1 = try #require(try PasetoCLI.run(["keygen", "v1.local"]).stdoutLines.first)
        let wrapped = try #require(try PasetoCLI.run(["paserk", "wrap", "--wrapping-key", k3, k3]).stdoutLines.first)
        expectRejected(try PasetoCLI.run(["paserk", "unwrap", "--wrapping-key", k1, wrapped]), code: "key-mismatch")
        expectRejected(try PasetoCLI.run(["paserk", "wrap", "--wrapping-key", k1, k3]), code: "key-mismatch")
    }

    static let v3Cases = CLIVectors.tests("paseto/v3.json", as: PasetoVector.self)

    @Test("paseto/v3.json was found and holds 17 cases")
    func v3CaseCount() {
        #expect(Self.v3Cases.count == 17, "vectors looked for in \(CLIVectors.searched)")
    }

    @Test("decrypt or verify each official v3 token", arguments: v3Cases)
    func officialV3(_ vector: PasetoVector) throws {
        let arguments: [String]
        if let publicKey = vector.publicKey {
            arguments = ["verify", "--key", "k3.public." + Fixtures.base64URL(Hex.decode(publicKey) ?? [])]
        } else {
            arguments = [
                "decrypt", "--key", "k3.local." + Fixtures.base64URL(Hex.decode(try #require(vector.key)) ?? []),
            ]
        }
        // The vectors' exp is in 2022: claim checks are off here.
        let result = try PasetoCLI.run(
            arguments + [
                "--no-validate", "--footer", vector.footer, "--implicit", vector.implicitAssertion, vector.token,
            ]
        )
        if vector.expectFail {
            #expect(result.status == 1 && result.stdout == "", "\(vector.name): \(result)")
        } else {
            expectSuccess(result, stdout: try #require(vector.payload) + "\n")
        }
    }
}
