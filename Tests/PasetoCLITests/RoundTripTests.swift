import Foundation
import Testing

/// `encrypt`→`decrypt` and `sign`→`verify`: payload bytes, footer and implicit assertion.
@Suite("encrypt, decrypt, sign, verify")
struct RoundTripTests {
    /// Carries its own `exp`, so `encrypt`/`sign` add nothing and the bytes come back exactly.
    static let payload = #"{"sub":"alice","roles":["admin"],"n":1.50,"exp":"2099-01-01T00:00:00Z"}"#

    @Test("encrypt then decrypt prints the payload bytes exactly, plus a newline")
    func localRoundTrip() throws {
        let key = try Fixtures.localKey()
        let token = try Fixtures.token(Self.payload + "\n", key: key)
        #expect(token.hasPrefix("v4.local."))
        expectSuccess(try PasetoCLI.run(["decrypt", "--key", key, token]), stdout: Self.payload + "\n")
    }

    @Test("sign then verify prints the payload bytes exactly, plus a newline")
    func publicRoundTrip() throws {
        let (secret, publicKey) = try Fixtures.keyPair()
        let token = try Fixtures.token(Self.payload, key: secret)
        #expect(token.hasPrefix("v4.public."))
        expectSuccess(try PasetoCLI.run(["verify", "--key", publicKey, token]), stdout: Self.payload + "\n")
    }

    @Test("the payload keeps its inner whitespace and loses only trailing whitespace")
    func payloadBytes() throws {
        let key = try Fixtures.localKey()
        let text = "  {\n  \"a\" : 1,\n  \"exp\" : \"2099-01-01T00:00:00Z\"\n}"
        let token = try Fixtures.token(text + "  \r\n\n\t", key: key)
        expectSuccess(try PasetoCLI.run(["decrypt", "--key", key, token]), stdout: text + "\n")
    }

    @Test("the token comes from standard input when the argument is - or absent, whitespace trimmed")
    func tokenFromStandardInput() throws {
        let key = try Fixtures.localKey()
        let token = try Fixtures.token(Self.payload, key: key)
        expectSuccess(try PasetoCLI.run(["decrypt", "--key", key], stdin: token + "\n"), stdout: Self.payload + "\n")
        expectSuccess(
            try PasetoCLI.run(["decrypt", "--key", key, "-"], stdin: "  \(token) \n\n"),
            stdout: Self.payload + "\n"
        )
        expectSuccess(try PasetoCLI.run(["decrypt", "--key", key, " \(token)\n"]), stdout: Self.payload + "\n")
    }

    @Test("--key @PATH reads the key from a file, surrounding whitespace ignored")
    func keyFile() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (secret, publicKey) = try Fixtures.keyPair()
        let secretFile = folder.appendingPathComponent("k.key")
        let publicFile = folder.appendingPathComponent("k.pub")
        try Data("\n  \(secret)\t\n".utf8).write(to: secretFile)
        try Data("\(publicKey)\r\n".utf8).write(to: publicFile)
        let signed = try PasetoCLI.run(["sign", "--key", "@" + secretFile.path], stdin: Self.payload)
        let token = try #require(signed.stdoutLines.first, "\(signed)")
        expectSuccess(
            try PasetoCLI.run(["verify", "--key", "@" + publicFile.path, token]),
            stdout: Self.payload + "\n"
        )
    }

    @Test("footer and implicit assertion round trip; --footer must match exactly", arguments: [true, false])
    func footerAndImplicit(local: Bool) throws {
        let (issuing, checking) = try Self.keys(local: local)
        let command = local ? "decrypt" : "verify"
        let footer = #"{"kid":"k4.lid.example"}"#
        let token = try Fixtures.token(Self.payload, key: issuing, footer: footer, implicit: "tenant-7")
        #expect(token.split(separator: ".").count == 4)

        let both = ["--footer", footer, "--implicit", "tenant-7", token]
        expectSuccess(try PasetoCLI.run([command, "--key", checking] + both), stdout: Self.payload + "\n")
        // Without --footer any footer is accepted.
        expectSuccess(
            try PasetoCLI.run([command, "--key", checking, "--implicit", "tenant-7", token]),
            stdout: Self.payload + "\n"
        )
        for wrongFooter in [#"{"kid":"k4.lid.other"}"#, footer + " ", ""] {
            expectRejected(
                try PasetoCLI.run([
                    command, "--key", checking, "--footer", wrongFooter, "--implicit", "tenant-7", token,
                ]),
                code: "footer-mismatch"
            )
        }
        expectRejected(
            try PasetoCLI.run([command, "--key", checking, "--footer", footer, "--implicit", "tenant-8", token]),
            code: "authentication-failed"
        )
        expectRejected(
            try PasetoCLI.run([command, "--key", checking, "--footer", footer, token]),
            code: "authentication-failed"
        )
    }

    /// The key that issues and the key that checks: one local key twice, or a secret and its public key.
    private static func keys(local: Bool) throws -> (issuing: String, checking: String) {
        guard local else {
            let pair = try Fixtures.keyPair()
            return (pair.secret, pair.public)
        }
        let key = try Fixtures.localKey()
        return (key, key)
    }

    @Test("a token without footer fails --footer TEXT and passes --footer ''")
    func emptyFooter() throws {
        let key = try Fixtures.localKey()
        let token = try Fixtures.token(Self.payload, key: key)
        expectSuccess(try PasetoCLI.run(["decrypt", "--key", key, "--footer", "", token]), stdout: Self.payload + "\n")
        expectRejected(try PasetoCLI.run(["decrypt", "--key", key, "--footer", "x", token]), code: "footer-mismatch")
    }
}
