import Foundation
import Testing

/// Exit 1 (the token was rejected) versus exit 2 (usage or input error), each with one `error:` line.
@Suite("rejections and input errors")
struct RejectionTests {
    static let payload = #"{"sub":"alice"}"#

    // MARK: exit 1

    @Test("decrypt with a public or secret key, or of a v4.public token, is key-mismatch (exit 1)")
    func decryptMismatch() throws {
        let local = try Fixtures.localKey()
        let (secret, publicKey) = try Fixtures.keyPair()
        let localToken = try Fixtures.token(Self.payload, key: local)
        let publicToken = try Fixtures.token(Self.payload, key: secret)
        expectRejected(try PasetoCLI.run(["decrypt", "--key", publicKey, localToken]), code: "key-mismatch")
        expectRejected(try PasetoCLI.run(["decrypt", "--key", secret, localToken]), code: "key-mismatch")
        expectRejected(try PasetoCLI.run(["decrypt", "--key", local, publicToken]), code: "key-mismatch")
    }

    @Test("verify with a local or secret key, or of a v4.local token, is key-mismatch (exit 1)")
    func verifyMismatch() throws {
        let local = try Fixtures.localKey()
        let (secret, publicKey) = try Fixtures.keyPair()
        let localToken = try Fixtures.token(Self.payload, key: local)
        let publicToken = try Fixtures.token(Self.payload, key: secret)
        expectRejected(try PasetoCLI.run(["verify", "--key", local, publicToken]), code: "key-mismatch")
        expectRejected(try PasetoCLI.run(["verify", "--key", secret, publicToken]), code: "key-mismatch")
        expectRejected(try PasetoCLI.run(["verify", "--key", publicKey, localToken]), code: "key-mismatch")
    }

    @Test("a token of another version is key-mismatch (exit 1), never tried")
    func otherVersion() throws {
        let local = try Fixtures.localKey()
        let (secret, publicKey) = try Fixtures.keyPair()
        let localToken = try Fixtures.token(Self.payload, key: local)
        let publicToken = try Fixtures.token(Self.payload, key: secret)
        let v3Local = "v3." + localToken.dropFirst("v4.".count)
        let v2Public = "v2." + publicToken.dropFirst("v4.".count)
        expectRejected(try PasetoCLI.run(["decrypt", "--key", local, v3Local]), code: "key-mismatch")
        expectRejected(try PasetoCLI.run(["verify", "--key", publicKey, v2Public]), code: "key-mismatch")
    }

    @Test("an empty footer segment or more than four segments is malformed-token (exit 1)")
    func malformed() throws {
        let local = try Fixtures.localKey()
        let token = try Fixtures.token(Self.payload, key: local)
        let footed = try Fixtures.token(Self.payload, key: local, footer: "f")
        for bad in [token + ".", footed + ".", token + ".Zm9v.YmFy", footed + ".YmFy", "v4.local.", "v4.local.@@@@"] {
            expectRejected(try PasetoCLI.run(["decrypt", "--key", local, bad]), code: "malformed-token")
        }
    }

    @Test(
        "a token with no known header is invalid-header (exit 1)",
        arguments: ["", "hello", "v5.local.AAAA", "V4.local.AAAA"]
    )
    func invalidHeader(token: String) throws {
        let local = try Fixtures.localKey()
        expectRejected(try PasetoCLI.run(["decrypt", "--key", local], stdin: token), code: "invalid-header")
    }

    @Test("a modified token or the wrong key is authentication-failed (exit 1)")
    func tampered() throws {
        let local = try Fixtures.localKey()
        let (secret, publicKey) = try Fixtures.keyPair()
        for (key, check, token) in [
            (local, "decrypt", try Fixtures.token(Self.payload, key: local)),
            (publicKey, "verify", try Fixtures.token(Self.payload, key: secret)),
        ] {
            var characters = Array(token)
            let index = characters.count - 5
            characters[index] = characters[index] == "A" ? "B" : "A"
            expectRejected(try PasetoCLI.run([check, "--key", key, String(characters)]), code: "authentication-failed")
        }
        let otherLocal = try Fixtures.localKey()
        let token = try Fixtures.token(Self.payload, key: local)
        expectRejected(try PasetoCLI.run(["decrypt", "--key", otherLocal, token]), code: "authentication-failed")
    }

    // MARK: exit 2

    @Test(
        "a --key that is no valid key is invalid-key (exit 2)",
        arguments: [
            "k4.local.AAAA",
            "k4.local.HFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8",
            "k4.lid.bqltbNc4JLUAmc9Xtpok-fBuI0dQN5_m3CD9W_nbh559",
            "k9.local.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "not a key",
            "",
        ]
    )
    func invalidKey(key: String) throws {
        let token = try Fixtures.token(Self.payload, key: try Fixtures.localKey())
        expectInputError(try PasetoCLI.run(["decrypt", "--key", key, token]), code: "invalid-key")
        expectInputError(try PasetoCLI.run(["encrypt", "--key", key], stdin: Self.payload), code: "invalid-key")
    }

    @Test("a k3 key never opens a v4 token: key-mismatch (exit 1)")
    func otherVersionKey() throws {
        let token = try Fixtures.token(Self.payload, key: try Fixtures.localKey())
        let key = "k3.local.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"
        expectRejected(try PasetoCLI.run(["decrypt", "--key", key, token]), code: "key-mismatch")
    }

    @Test("a --key @PATH that cannot be read is unreadable-file (exit 2); a bad file is invalid-key")
    func keyFile() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.key").path
        expectInputError(
            try PasetoCLI.run(["encrypt", "--key", "@" + missing], stdin: Self.payload),
            code: "unreadable-file"
        )
        expectInputError(
            try PasetoCLI.run(["encrypt", "--key", "@" + folder.path], stdin: Self.payload),
            code: "unreadable-file"
        )
        let garbage = folder.appendingPathComponent("garbage.key")
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: garbage)
        expectInputError(
            try PasetoCLI.run(["encrypt", "--key", "@" + garbage.path], stdin: Self.payload),
            code: "invalid-key"
        )
    }

    @Test(
        "encrypt and sign reject standard input that is not one JSON object (exit 2)",
        arguments: [
            "", "\n", "[1,2]", "\"text\"", "42", "null", "{", "{\"a\":1} {\"b\":2}", "{'a':1}",
        ]
    )
    func notAnObject(input: String) throws {
        let local = try Fixtures.localKey()
        let (secret, _) = try Fixtures.keyPair()
        expectInputError(try PasetoCLI.run(["encrypt", "--key", local], stdin: input), code: "invalid-input")
        expectInputError(try PasetoCLI.run(["sign", "--key", secret], stdin: input), code: "invalid-input")
    }

    @Test("encrypt and sign with the wrong kind of key are invalid-key (exit 2): there is no token to reject")
    func issuingWithWrongKey() throws {
        let local = try Fixtures.localKey()
        let (secret, publicKey) = try Fixtures.keyPair()
        for key in [secret, publicKey] {
            expectInputError(try PasetoCLI.run(["encrypt", "--key", key], stdin: Self.payload), code: "invalid-key")
        }
        for key in [local, publicKey] {
            expectInputError(try PasetoCLI.run(["sign", "--key", key], stdin: Self.payload), code: "invalid-key")
        }
    }

    @Test(
        "an unknown flag is one usage line (exit 2)",
        arguments: [
            ["encrypt", "--bogus"], ["decrypt", "--bogus", "x"], ["sign", "-z"], ["verify", "--bogus=1"],
            ["inspect", "--bogus"], ["keygen", "v4.local", "--bogus"], ["paserk", "id", "--bogus"],
            ["paserk", "public", "--bogus"], ["--bogus"], ["frobnicate"],
        ]
    )
    func unknownFlag(arguments: [String]) throws {
        let result = try PasetoCLI.run(arguments, stdin: Self.payload)
        expectInputError(result, code: "usage")
    }

    @Test("a missing --key or extra argument is a usage error (exit 2)")
    func missingKey() throws {
        expectInputError(try PasetoCLI.run(["encrypt"], stdin: Self.payload), code: "usage")
        expectInputError(try PasetoCLI.run(["decrypt", "v4.local.AAAA"]), code: "usage")
        expectInputError(try PasetoCLI.run(["decrypt", "--key"]), code: "usage")
        expectInputError(try PasetoCLI.run(["inspect", "a", "b"]), code: "usage")
    }

    @Test("--help still prints help and exits 0", arguments: [[], ["encrypt"], ["decrypt"], ["paserk", "id"]])
    func help(command: [String]) throws {
        let result = try PasetoCLI.run(command + ["--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("USAGE: paseto"))
    }
}
