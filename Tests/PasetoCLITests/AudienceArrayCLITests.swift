import Testing

/// `--audience` matches a string `aud` or any member of an `aud` array, for decrypt and verify.
@Suite("--audience and aud arrays")
struct AudienceArrayCLITests {
    @Test(
        "--audience accepts a string aud or an array holding it, and refuses one without it",
        arguments: [
            (#""api""#, true), (#"["api"]"#, true), (#"["web","api"]"#, true), (#"["web"]"#, false), (#""web""#, false),
        ]
    )
    func audience(aud: String, accepted: Bool) throws {
        let payload = #"{"exp":"2099-01-01T00:00:00Z","aud":\#(aud)}"#
        let local = try Fixtures.localKey()
        let (secret, publicKey) = try Fixtures.keyPair()
        for (issuing, checking, command) in [(local, local, "decrypt"), (secret, publicKey, "verify")] {
            let token = try Fixtures.token(payload, key: issuing)
            let result = try PasetoCLI.run([command, "--key", checking, "--audience", "api", token])
            if accepted {
                expectSuccess(result, stdout: payload + "\n")
            } else {
                expectRejected(result, code: "audience-mismatch")
            }
        }
    }
}
