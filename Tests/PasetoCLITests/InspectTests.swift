import Foundation
import PasetoVectors
import Testing

/// `paseto inspect`: the contract's JSON object, in order, without verifying anything.
@Suite("inspect")
struct InspectTests {
    @Test("a local token without footer")
    func localNoFooter() throws {
        let token = try Fixtures.token(#"{"a":1}"#, key: try Fixtures.localKey())
        expectSuccess(
            try PasetoCLI.run(["inspect", token]),
            stdout: #"{"version": "v4", "purpose": "local", "footer": null, "kid": null}"# + "\n"
        )
    }

    @Test("a local token with a JSON footer holding a kid, read from standard input")
    func localWithKid() throws {
        let token = try Fixtures.token(
            #"{"a":1}"#,
            key: try Fixtures.localKey(),
            footer: #"{"kid":"k4.lid.abc","x":[1]}"#
        )
        expectSuccess(
            try PasetoCLI.run(["inspect"], stdin: token + "\n"),
            stdout: #"{"version": "v4", "purpose": "local", "footer": "{\"kid\":\"k4.lid.abc\",\"x\":[1]}", "#
                + #""kid": "k4.lid.abc"}"# + "\n"
        )
    }

    @Test("a public token shows its unverified payload as JSON, compacted, members in their order")
    func publicToken() throws {
        let (secret, _) = try Fixtures.keyPair()
        let payload = "{\"z\": \"last\\n \\\" }\",\n \"a\": [1, 2.50, {\"k\": null}], \"t\": true}"
        let token = try Fixtures.token(payload, key: secret, footer: "plain text, not JSON")
        expectSuccess(
            try PasetoCLI.run(["inspect", "-"], stdin: token),
            stdout: #"{"version": "v4", "purpose": "public", "footer": "plain text, not JSON", "kid": null, "#
                + #""payload_unverified": {"z":"last\n \" }","a":[1,2.50,{"k":null}],"t":true}}"# + "\n"
        )
    }

    @Test(
        "a kid that is not a string, or a footer that is no JSON object, gives kid null",
        arguments: [
            #"{"kid":42}"#, #"["kid"]"#, #""kid""#, #"{"kid":"a","#,
        ]
    )
    func noKid(footer: String) throws {
        let token = try Fixtures.token(#"{"a":1}"#, key: try Fixtures.localKey(), footer: footer)
        let result = try PasetoCLI.run(["inspect", token])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasSuffix(#", "kid": null}"# + "\n"), "\(result)")
    }

    @Test("inspect never verifies: a tampered public token and a v3 token are shown")
    func neverVerifies() throws {
        let (secret, _) = try Fixtures.keyPair()
        let token = try Fixtures.token(#"{"a":1}"#, key: secret)
        var characters = Array(token)
        characters[characters.count - 2] = characters[characters.count - 2] == "A" ? "B" : "A"
        expectSuccess(
            try PasetoCLI.run(["inspect", String(characters)]),
            stdout:
                #"{"version": "v4", "purpose": "public", "footer": null, "kid": null, "payload_unverified": {"a":1}}"#
                + "\n"
        )
        let v3Tests = CLIVectors.tests("paseto/v3.json", as: PasetoVector.self)
        let v3 = try #require(
            v3Tests.first { $0.name == "3-E-1" },
            "paseto/v3.json not found in \(CLIVectors.searched)"
        )
        expectSuccess(
            try PasetoCLI.run(["inspect", v3.token]),
            stdout: #"{"version": "v3", "purpose": "local", "footer": null, "kid": null}"# + "\n"
        )
    }

    @Test("the official token 4-S-2 (public, footer with kid)")
    func officialVector() throws {
        let tests = CLIVectors.tests("paseto/v4.json", as: PasetoVector.self)
        let vector = try #require(
            tests.first { $0.name == "4-S-2" },
            "paseto/v4.json not found in \(CLIVectors.searched)"
        )
        expectSuccess(
            try PasetoCLI.run(["inspect", vector.token]),
            stdout: #"{"version": "v4", "purpose": "public", "#
                + #""footer": "{\"kid\":\"zVhMiPBP9fRf2snEcT7gFTioeA9COcNy9DfgL1W60haN\"}", "#
                + #""kid": "zVhMiPBP9fRf2snEcT7gFTioeA9COcNy9DfgL1W60haN", "#
                + #""payload_unverified": {"data":"this is a signed message","exp":"2022-01-01T00:00:00+00:00"}}"#
                + "\n"
        )
    }

    @Test("a malformed token is rejected (exit 1)")
    func malformed() throws {
        let token = try Fixtures.token(#"{"a":1}"#, key: try Fixtures.localKey())
        expectRejected(try PasetoCLI.run(["inspect", token + "."]), code: "malformed-token")
        expectRejected(try PasetoCLI.run(["inspect", token + ".Zm9v.YmFy"]), code: "malformed-token")
        expectRejected(try PasetoCLI.run(["inspect", "eyJhbGciOiJIUzI1NiJ9.e30.x"]), code: "invalid-header")
    }
}
