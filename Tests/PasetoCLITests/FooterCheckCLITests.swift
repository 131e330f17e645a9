import Foundation
import PasetoKit
import Testing

/// Footers are checked on the way in (`decrypt`, `verify`: exit 1) and on the way out (`encrypt`, `sign`,
/// `jwt migrate --footer`: exit 2), with the library's strict JSON and unescaped key-material checks.
@Suite("footer checks")
struct FooterCheckCLITests {
    static let payload = #"{"exp":"2099-01-01T00:00:00Z"}"#

    static let refusedFooters = [
        #"{"kid":"a","kid":"b"}"#,
        #"{"x":"k4\u002elocal\u002eAAAA"}"#,
        #"{"k4\u002esecret\u002eAAAA":1}"#,
        #"{"a":["k4.local-wrap\u002epie.AAAA"]}"#,
    ]

    @Test(
        "decrypt and verify reject a token whose JSON footer the strict checks refuse (exit 1)",
        arguments: refusedFooters
    )
    func onTheWayIn(footer: String) throws {
        let localText = try Fixtures.localKey()
        let local = try PasetoV4.Local.Key(paserk: localText)
        let (secretText, publicText) = try Fixtures.keyPair()
        let secret = try PasetoV4.Public.SecretKey(paserk: secretText)
        let localToken = PasetoV4.Local.encrypt(Array(Self.payload.utf8), using: local, footer: Array(footer.utf8))
        let publicToken = PasetoV4.Public.sign(Array(Self.payload.utf8), using: secret, footer: Array(footer.utf8))
        for flags in [[], ["--no-validate"]] {
            expectRejected(
                try PasetoCLI.run(["decrypt", "--key", localText] + flags + [localToken]),
                code: "invalid-footer"
            )
            expectRejected(
                try PasetoCLI.run(["verify", "--key", publicText] + flags + [publicToken]),
                code: "invalid-footer"
            )
        }
    }

    @Test("a footer that is not a JSON object is left as it is on the way in")
    func nonObjectFooter() throws {
        let localText = try Fixtures.localKey()
        let local = try PasetoV4.Local.Key(paserk: localText)
        let footer = #"{"a":1,} k4\u002elocal\u002e"#
        let token = PasetoV4.Local.encrypt(Array(Self.payload.utf8), using: local, footer: Array(footer.utf8))
        expectSuccess(try PasetoCLI.run(["decrypt", "--key", localText, token]), stdout: Self.payload + "\n")
    }

    @Test("encrypt and sign refuse such a --footer, escaped or not (exit 2)", arguments: refusedFooters)
    func onTheWayOut(footer: String) throws {
        let local = try Fixtures.localKey()
        let (secret, _) = try Fixtures.keyPair()
        for key in [local, secret] {
            let command = key == local ? "encrypt" : "sign"
            expectInputError(
                try PasetoCLI.run([command, "--key", key, "--footer", footer], stdin: Self.payload),
                code: "invalid-input"
            )
        }
    }

    @Test("jwt migrate refuses such a --footer before reading any line (exit 2)", arguments: refusedFooters)
    func migrateFooter(footer: String) throws {
        let vector = try JWTFixtures.vector("rs256-to-v4-public")
        expectInputError(
            try PasetoCLI.run(
                ["jwt", "migrate", "--secret", JWTFixtures.secret, "--to", vector.targetKey, "--footer", footer],
                stdin: vector.jwt
            ),
            code: "invalid-input"
        )
    }
}
