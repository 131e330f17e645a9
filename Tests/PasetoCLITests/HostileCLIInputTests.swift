import Foundation
import Testing

/// Hostile input at the command line: refused with the contract's one-line error and exit status, in bounded
/// time and memory, never a crash (Docs/Security.md).
@Suite("hostile input at the command line")
struct HostileCLIInputTests {
    static let localKey = "k4.local.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"
    static let secret = "hostile-cli-secret-0123456789abcdef-0123456789"

    @Test(
        "1 MB and 10 MB tokens on standard input: PASETO ones fail to authenticate, JWTs are limit-exceeded",
        arguments: [1 << 20, 10 << 20]
    )
    func hugeTokens(_ size: Int) throws {
        // `decrypt` reads the whole token and refuses it at the tag, in time linear in its size.
        let token = "v4.local." + String(repeating: "A", count: size)
        expectRejected(
            try PasetoCLI.run(["decrypt", "--key", Self.localKey], stdin: token),
            code: "authentication-failed"
        )
        // `inspect` shows the unauthenticated header of any well-formed token.
        let inspected = try PasetoCLI.run(["inspect"], stdin: token)
        #expect(inspected.status == 0 && inspected.stdout.contains(#""purpose": "local""#), "\(inspected.stderr)")
        let jwt = "eyJhbGciOiJIUzI1NiJ9." + String(repeating: "a", count: size) + ".AAAA"
        expectRejected(try PasetoCLI.run(["jwt", "decode"], stdin: jwt), code: "limit-exceeded")
        expectRejected(
            try PasetoCLI.run(["jwt", "verify", "--secret", Self.secret], stdin: jwt),
            code: "limit-exceeded"
        )
    }

    @Test("a million segments is limit-exceeded or malformed, never a crash")
    func millionSegments() throws {
        let token = "v4.local." + String(repeating: "A.", count: 1_000_000)
        expectRejected(try PasetoCLI.run(["decrypt", "--key", Self.localKey], stdin: token), code: "malformed-token")
        let short = "v4.local.AAAA" + String(repeating: ".", count: 1_000)
        expectRejected(try PasetoCLI.run(["decrypt", "--key", Self.localKey], stdin: short), code: "malformed-token")
        expectRejected(
            try PasetoCLI.run(["jwt", "decode"], stdin: String(repeating: "a.", count: 1_000_000)),
            code: "limit-exceeded"
        )
    }

    @Test("20,000-deep JSON and 1e400 as exp given to encrypt are invalid-input; 1e400 and -0 elsewhere round-trip")
    func hostileClaimsInput() throws {
        let deep =
            "{\"exp\":\"2099-01-01T00:00:00Z\",\"d\":" + String(repeating: "[", count: 20_000)
            + String(repeating: "]", count: 20_000) + "}"
        expectInputError(try PasetoCLI.run(["encrypt", "--key", Self.localKey], stdin: deep), code: "invalid-input")
        expectInputError(
            try PasetoCLI.run(["encrypt", "--key", Self.localKey], stdin: #"{"exp":1e400}"#),
            code: "invalid-input"
        )
        // The strict parser keeps number literals as text, so a custom claim of 1e400 is issued as written.
        for numbers in [#"{"exp":"2099-01-01T00:00:00Z","a":1e400}"#, #"{"exp":"2099-01-01T00:00:00Z","c":[-1e400]}"#] {
            let issued = try PasetoCLI.run(["encrypt", "--key", Self.localKey], stdin: numbers)
            #expect(issued.status == 0, "\(issued)")
            expectSuccess(
                try PasetoCLI.run(["decrypt", "--key", Self.localKey], stdin: issued.stdout),
                stdout: numbers + "\n"
            )
        }
        let token = try PasetoCLI.run(
            ["encrypt", "--key", Self.localKey],
            stdin: #"{"exp":"2099-01-01T00:00:00Z","b":-0,"c":[-0],"d":{"e":-0}}"#
        )
        #expect(token.status == 0, "\(token)")
        let opened = try PasetoCLI.run(["decrypt", "--key", Self.localKey], stdin: token.stdout)
        #expect(opened.status == 0, "\(opened)")
        #expect(opened.stdout.contains(#""b":-0"#), "\(opened)")
    }

    @Test("invalid UTF-8 and NUL bytes in the token are refused")
    func invalidBytes() throws {
        for token in ["v4.local.AA\u{0}AA", "v4.local.AA\u{FFFD}AA", "\u{0}"] {
            let result = try PasetoCLI.run(["decrypt", "--key", Self.localKey], stdin: token)
            #expect(result.status == 1 || result.status == 2, "\(result)")
            #expect(result.stderr.hasPrefix("error: "), "\(result)")
            #expect(result.stdout == "", "\(result)")
        }
    }

    @Test("a JWKS with thousands of keys and a PEM with trailing garbage")
    func hostileKeyFiles() throws {
        let folder = try Fixtures.temporaryDirectory()
        let keys = (0..<3_000).map { #"{"kty":"oct","kid":"k\#($0)","k":"AAAA"}"# }.joined(separator: ",")
        let jwks = folder.appendingPathComponent("many.json")
        try Data(#"{"keys":[\#(keys)]}"#.utf8).write(to: jwks)
        let many = try PasetoCLI.run(["jwt", "verify", "--key", jwks.path], stdin: "e30.e30.AAAA")
        #expect(many.status != 0 && many.stderr.hasPrefix("error: "), "\(many)")
        let pem = folder.appendingPathComponent("garbage.pem")
        try Data((PEMFixture.ed25519Public + "trailing garbage\n").utf8).write(to: pem)
        expectInputError(
            try PasetoCLI.run(["jwt", "verify", "--key", pem.path], stdin: "e30.e30.AAAA"),
            code: "invalid-key"
        )
    }
}

/// A PEM public key for the key-file tests.
enum PEMFixture {
    static let ed25519Public = """
        -----BEGIN PUBLIC KEY-----
        MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=
        -----END PUBLIC KEY-----

        """
}
