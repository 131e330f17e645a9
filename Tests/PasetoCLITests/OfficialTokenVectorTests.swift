import PasetoVectors
import Testing

/// The official v4 token vectors through `decrypt` and `verify`: the payload exactly, or exit 1.
@Suite("official v4 tokens")
struct OfficialTokenVectorTests {
    static let cases = CLIVectors.tests("paseto/v4.json", as: PasetoVector.self)

    @Test("paseto/v4.json was found and holds 17 cases")
    func caseCount() {
        #expect(Self.cases.count == 17, "vectors looked for in \(CLIVectors.searched)")
    }

    @Test("decrypt or verify each official v4 token", arguments: cases)
    func official(_ vector: PasetoVector) throws {
        // A vector with a public key is checked with `verify`, one with a symmetric key with `decrypt`;
        // the expect-fail ones pair a key with a token it must not accept.
        let arguments: [String]
        if let publicKey = vector.publicKey {
            arguments = ["verify", "--key", Fixtures.paserk("public", hex: publicKey)]
        } else {
            arguments = ["decrypt", "--key", Fixtures.paserk("local", hex: try #require(vector.key))]
        }
        // The vectors' exp is in 2022: claim checks are off here, and on in the test below.
        let result = try PasetoCLI.run(
            arguments + [
                "--no-validate", "--footer", vector.footer, "--implicit", vector.implicitAssertion, vector.token,
            ]
        )
        if vector.expectFail {
            #expect(result.status == 1, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("error: ") && result.stderr.filter { $0 == "\n" }.count == 1)
        } else {
            expectSuccess(result, stdout: try #require(vector.payload) + "\n")
        }
    }

    @Test("with claim checks on, the valid official tokens are refused as expired (their exp is 2022)")
    func expiredByDefault() throws {
        let vector = try #require(Self.cases.first { !$0.expectFail && $0.publicKey == nil })
        let result = try PasetoCLI.run([
            "decrypt", "--key", Fixtures.paserk("local", hex: try #require(vector.key)), "--footer", vector.footer,
            "--implicit", vector.implicitAssertion, vector.token,
        ])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: expired: token expired at 2022-01-01T00:00:00Z\n")
    }
}
