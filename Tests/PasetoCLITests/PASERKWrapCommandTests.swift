import Foundation
import PasetoVectors
import Testing

/// `paseto paserk wrap|unwrap|seal|unseal|password-wrap|password-unwrap` and `keygen v2.*`: round trips,
/// the official k2/k4 vectors, the password sources, and the exit status of each failure.
@Suite("paserk wrap, unwrap, seal, unseal, password-wrap, password-unwrap")
struct PASERKWrapCommandTests {
    static let password = "correct horse battery staple"
    /// libsodium's smallest Argon2id limits, so the tests stay fast.
    static let fast = ["--memlimit", "8192", "--opslimit", "1"]

    static func environment(password: String?) -> [String: String] {
        password.map { ["PASETO_PASSWORD": $0] } ?? [:]
    }

    static func keys(_ version: String) throws -> (local: String, secret: String, public: String) {
        let local = try #require(try PasetoCLI.run(["keygen", "\(version).local"]).stdoutLines.first)
        let pair = try PasetoCLI.run(["keygen", "\(version).public"]).stdoutLines
        try #require(pair.count == 2)
        return (local, pair[0], pair[1])
    }

    @Test("keygen v2.local and v2.public print k2 PASERKs that the other commands accept")
    func keygenV2() throws {
        let (local, secret, publicKey) = try Self.keys("v2")
        #expect(local.hasPrefix("k2.local.") && local.count == "k2.local.".count + 43)
        #expect(secret.hasPrefix("k2.secret.") && secret.count == "k2.secret.".count + 86)
        #expect(publicKey.hasPrefix("k2.public."))
        expectSuccess(try PasetoCLI.run(["paserk", "public", secret]), stdout: publicKey + "\n")
        #expect(try PasetoCLI.run(["paserk", "id", local]).stdout.hasPrefix("k2.lid."))
    }

    @Test("wrap, seal and password-wrap round-trip every local and secret key of k2 and k4", arguments: ["v2", "v4"])
    func roundTrips(version: String) throws {
        let (local, secret, publicKey) = try Self.keys(version)
        let wrapping = try Self.keys(version).local
        let prefix = "k" + version.dropFirst()
        for key in [local, secret] {
            let type = key.hasPrefix(prefix + ".local.") ? "local" : "secret"
            let wrapped = try PasetoCLI.run(["paserk", "wrap", "--wrapping-key", wrapping, key])
            #expect(wrapped.status == 0 && wrapped.stdout.hasPrefix("\(prefix).\(type)-wrap.pie."), "\(wrapped)")
            let wrappedText = try #require(wrapped.stdoutLines.first)
            expectSuccess(
                try PasetoCLI.run(["paserk", "unwrap", "--wrapping-key", wrapping, wrappedText]),
                stdout: key + "\n"
            )
            let environment = Self.environment(password: Self.password)
            let protected = try PasetoCLI.run(
                ["paserk", "password-wrap"] + Self.fast + [key],
                environment: environment
            )
            #expect(protected.status == 0 && protected.stdout.hasPrefix("\(prefix).\(type)-pw."), "\(protected)")
            expectSuccess(
                try PasetoCLI.run(["paserk", "password-unwrap"], stdin: protected.stdout, environment: environment),
                stdout: key + "\n"
            )
        }
        let sealed = try PasetoCLI.run(["paserk", "seal", "--public-key", publicKey, local])
        #expect(sealed.status == 0 && sealed.stdout.hasPrefix("\(prefix).seal."), "\(sealed)")
        expectSuccess(
            try PasetoCLI.run(["paserk", "unseal", "--secret-key", secret, "-"], stdin: sealed.stdout),
            stdout: local + "\n"
        )
    }

    @Test("Keys and wrapped PASERKs may come from @PATH files")
    func files() throws {
        let (local, secret, _) = try Self.keys("v4")
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wrappingFile = folder.appendingPathComponent("wrapping.key")
        try Data((local + "\n").utf8).write(to: wrappingFile)
        let wrapped = try #require(
            try PasetoCLI.run(["paserk", "wrap", "--wrapping-key", "@" + wrappingFile.path, secret]).stdoutLines.first
        )
        let wrappedFile = folder.appendingPathComponent("secret.wrapped")
        try Data(" \(wrapped)\n".utf8).write(to: wrappedFile)
        expectSuccess(
            try PasetoCLI.run(["paserk", "unwrap", "--wrapping-key", "@" + wrappingFile.path, "@" + wrappedFile.path]),
            stdout: secret + "\n"
        )
    }

    @Test("The password file is read byte for byte and wins over PASETO_PASSWORD; without either it is a usage error")
    func passwordSources() throws {
        let key = try Self.keys("v4").local
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("password")
        try Data((Self.password + "\n").utf8).write(to: file)
        let wrapped = try PasetoCLI.run(
            ["paserk", "password-wrap", "--password-file", file.path] + Self.fast + [key],
            environment: Self.environment(password: "ignored")
        )
        #expect(wrapped.status == 0, "\(wrapped)")
        let text = try #require(wrapped.stdoutLines.first)
        expectSuccess(
            try PasetoCLI.run(
                ["paserk", "password-unwrap", text],
                environment: Self.environment(password: Self.password + "\n")
            ),
            stdout: key + "\n"
        )
        expectRejected(
            try PasetoCLI.run(
                ["paserk", "password-unwrap", text],
                environment: Self.environment(password: Self.password)
            ),
            code: "authentication-failed"
        )
        expectSuccess(
            try PasetoCLI.run(["paserk", "password-unwrap", "--password-file", file.path, text], environment: [:]),
            stdout: key + "\n"
        )
        expectInputError(
            try PasetoCLI.run(["paserk", "password-wrap", key], environment: [:]),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(["paserk", "password-unwrap", text], environment: [:]),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(
                ["paserk", "password-unwrap", "--password-file", "/nonexistent/pw", text],
                environment: [:]
            ),
            code: "unreadable-file"
        )
    }

    @Test("password-wrap records --memlimit/--opslimit, defaults to 256 MiB and 3 passes, and refuses bad limits")
    func limits() throws {
        let key = try Self.keys("v4").local
        let environment = Self.environment(password: Self.password)
        let custom = ["paserk", "password-wrap", "--memlimit", "16384", "--opslimit", "2", key]
        let wrapped = try #require(try PasetoCLI.run(custom, environment: environment).stdoutLines.first)
        let data = try #require(Self.decodedData(wrapped, after: "k4.local-pw."))
        #expect(Array(data[16..<32]) == [0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 2, 0, 0, 0, 1])
        let defaults = try #require(
            try PasetoCLI.run(["paserk", "password-wrap", key], environment: environment).stdoutLines.first
        )
        let defaultData = try #require(Self.decodedData(defaults, after: "k4.local-pw."))
        #expect(Array(defaultData[16..<32]) == [0, 0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 1])
        for bad in [["--memlimit", "8191"], ["--opslimit", "0"], ["--memlimit=-5"]] {
            expectInputError(
                try PasetoCLI.run(["paserk", "password-wrap"] + bad + [key], environment: environment),
                code: "invalid-parameters"
            )
        }
        expectInputError(
            try PasetoCLI.run(["paserk", "password-wrap", "--memlimit", "lots", key], environment: environment),
            code: "usage"
        )
        expectInputError(
            try PasetoCLI.run(
                ["paserk", "password-wrap"] + Self.fast + [key],
                environment: Self.environment(password: "")
            ),
            code: "invalid-password"
        )
    }

    @Test("Keys of the wrong kind are invalid-key (exit 2); of another version, key-mismatch (exit 1)")
    func wrongKeys() throws {
        let (local, secret, publicKey) = try Self.keys("v4")
        let v2Local = try Self.keys("v2").local
        let wrapped = try #require(
            try PasetoCLI.run(["paserk", "wrap", "--wrapping-key", local, local]).stdoutLines.first
        )
        let sealed = try #require(
            try PasetoCLI.run(["paserk", "seal", "--public-key", publicKey, local]).stdoutLines.first
        )
        let invalid: [[String]] = [
            ["paserk", "wrap", "--wrapping-key", secret, local],
            ["paserk", "wrap", "--wrapping-key", local, publicKey],
            ["paserk", "unwrap", "--wrapping-key", publicKey, wrapped],
            ["paserk", "seal", "--public-key", secret, local],
            ["paserk", "seal", "--public-key", publicKey, secret],
            ["paserk", "unseal", "--secret-key", local, sealed],
            ["paserk", "wrap", "--wrapping-key", "k4.local.AAAA", local],
            ["paserk", "unwrap", "--wrapping-key", local, "k4.local-wrap.pie.AAAA"],
        ]
        for arguments in invalid {
            expectInputError(try PasetoCLI.run(arguments), code: "invalid-key")
        }
        let mismatched: [[String]] = [
            ["paserk", "wrap", "--wrapping-key", v2Local, local],
            ["paserk", "unwrap", "--wrapping-key", v2Local, wrapped],
            ["paserk", "unwrap", "--wrapping-key", local, sealed],
            ["paserk", "unseal", "--secret-key", secret, wrapped],
        ]
        for arguments in mismatched {
            expectRejected(try PasetoCLI.run(arguments), code: "key-mismatch")
        }
        expectRejected(
            try PasetoCLI.run(["paserk", "unwrap", "--wrapping-key", try Self.keys("v4").local, wrapped]),
            code: "authentication-failed"
        )
        expectRejected(
            try PasetoCLI.run(["paserk", "unseal", "--secret-key", try Self.keys("v4").secret, sealed]),
            code: "authentication-failed"
        )
    }

    // MARK: Official vectors

    static let wrapCases: [PASERKVector] = ["k2", "k4"].flatMap { version in
        ["seal", "local-wrap.pie", "secret-wrap.pie"].flatMap {
            CLIVectors.tests("paserk/\(version).\($0).json", as: PASERKVector.self)
        }
    }

    /// The password vectors at 64 MiB (the 256 MiB ones cost most of a second each; the library tests run them).
    static let passwordCases: [PASERKVector] = ["k2", "k4"].flatMap { version in
        ["local-pw", "secret-pw"].flatMap { CLIVectors.tests("paserk/\(version).\($0).json", as: PASERKVector.self) }
    }.filter { $0.options?.memlimit.map { $0 <= 67_108_864 } ?? true }

    @Test("The official vector files were found")
    func vectorCounts() {
        #expect(Self.wrapCases.count == 24, "vectors looked for in \(CLIVectors.searched)")
        // Per file the 64 MiB good case and the wrong-version case, except k4.secret-pw-fail-3 (256 MiB options).
        #expect(Self.passwordCases.count == 7, "vectors looked for in \(CLIVectors.searched)")
    }

    @Test(
        "unseal and unwrap print the official vectors' keys, and refuse their expect-fail cases",
        arguments: wrapCases
    )
    func officialWrap(_ vector: PASERKVector) throws {
        let paserk = try #require(vector.paserk)
        let version = String(vector.name.prefix(2))
        let arguments: [String]
        let expected: String?
        if vector.name.contains(".seal") {
            let secret = Fixtures.paserk("secret", hex: try #require(vector.sealingSecretKey), version: version)
            arguments = ["paserk", "unseal", "--secret-key", secret, paserk]
            expected = vector.unsealed.map { Fixtures.paserk("local", hex: $0, version: version) }
        } else {
            let wrapping = Fixtures.paserk("local", hex: try #require(vector.wrappingKey), version: version)
            arguments = ["paserk", "unwrap", "--wrapping-key", wrapping, paserk]
            let type = vector.name.contains("local-wrap") ? "local" : "secret"
            expected = vector.unwrapped.map { Fixtures.paserk(type, hex: $0, version: version) }
        }
        let result = try PasetoCLI.run(arguments)
        if vector.expectFail {
            #expect(result.status != 0 && result.stdout.isEmpty && result.stderr.hasPrefix("error: "), "\(result)")
        } else {
            expectSuccess(result, stdout: try #require(expected) + "\n")
        }
    }

    @Test("password-unwrap prints the official vectors' keys (password as UTF-8 text)", arguments: passwordCases)
    func officialPassword(_ vector: PASERKVector) throws {
        let paserk = try #require(vector.paserk)
        let password = try #require(vector.password)
        let result = try PasetoCLI.run(
            ["paserk", "password-unwrap", paserk],
            environment: Self.environment(password: password)
        )
        if vector.expectFail, !paserk.hasPrefix("k1.") && !paserk.hasPrefix("k3.") {
            #expect(result.status != 0 && result.stdout.isEmpty && result.stderr.hasPrefix("error: "), "\(result)")
        } else if vector.expectFail {
            // The wrong-version cases hold a k1 or k3 PASERK with the right password: the command line expects no
            // particular version, so it opens it as the key of its own version (the typed API refuses it).
            #expect(result.status == 0 && result.stdout.hasPrefix(String(paserk.prefix(3))), "\(result)")
        } else {
            let type = vector.name.contains("local-pw") ? "local" : "secret"
            let expected = Fixtures.paserk(
                type,
                hex: try #require(vector.unwrapped),
                version: String(vector.name.prefix(2))
            )
            expectSuccess(result, stdout: expected + "\n")
        }
    }

    static func decodedData(_ paserk: String, after header: String) -> [UInt8]? {
        var text = String(paserk.dropFirst(header.count)).replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        return Data(base64Encoded: text).map { Array($0) }
    }
}

extension Fixtures {
    /// The PASERK `<version>.<type>.<base64url(bytes)>`, e.g. `k2.local.…`.
    static func paserk(_ type: String, hex: String, version: String) -> String {
        "\(version).\(type).\(base64URL(Hex.decode(hex) ?? []))"
    }
}
