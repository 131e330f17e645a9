import Testing

/// `paseto jwt convert-key --key PATH`: one PASERK per convertible key, `# kid: reason` for the others.
@Suite("jwt convert-key")
struct JWTConvertKeyTests {
    @Test("a JWKS: Ed25519 becomes k4.public, every other key a reason line")
    func keySet() throws {
        let result = try PasetoCLI.run(["jwt", "convert-key", "--key", JWTFixtures.keyPath("jwks.json")])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdoutLines
        #expect(lines.count == 8)
        #expect(lines.filter { $0.hasPrefix("k4.public.") }.count == 1)
        for kid in ["rsa-1", "ec-p256", "ec-p521", "hmac-1", "rsa-enc", "x-1"] {
            #expect(lines.contains { $0.hasPrefix("# \(kid): not convertible: ") }, "\(kid) in \(lines)")
        }
        #expect(
            lines.contains {
                $0.hasPrefix("k3.public.")
                    || $0 == "# ec-p384: not convertible: v3 keys are not supported by this build"
            }
        )
    }

    @Test("an Ed25519 PEM or JWK converts to the same key; --version v2 gives k2.public")
    func ed25519() throws {
        let pem = try PasetoCLI.run(["jwt", "convert-key", "--key", JWTFixtures.keyPath("ed25519-public.pem")])
        let jwk = try PasetoCLI.run(["jwt", "convert-key", "--key", JWTFixtures.keyPath("ed25519.jwk.json")])
        #expect(pem.status == 0)
        #expect(pem.stdout.hasPrefix("k4.public."))
        #expect(pem.stdout == jwk.stdout)
        let v2 = try PasetoCLI.run([
            "jwt", "convert-key", "--version", "v2", "--key", JWTFixtures.keyPath("ed25519-private.pem"),
        ])
        #expect(v2.stdout == "k2.public." + pem.stdout.dropFirst("k4.public.".count))
        // The converted key is a valid PASERK for the PASETO commands.
        #expect(try PasetoCLI.run(["paserk", "id", pem.stdoutLines.first ?? ""]).stdout.hasPrefix("k4.pid."))
    }

    @Test("a key without kid is named by its position; an unusable file exits 2")
    func unnamed() throws {
        let result = try PasetoCLI.run(["jwt", "convert-key", "--key", JWTFixtures.keyPath("rsa-public.pem")])
        #expect(result.stdout.hasPrefix("# key 1: not convertible: RSA"))
        expectInputError(
            try PasetoCLI.run(["jwt", "convert-key", "--key", JWTFixtures.keyPath("README.md")]),
            code: "invalid-key"
        )
        expectInputError(
            try PasetoCLI.run(["jwt", "convert-key", "--version", "v3", "--key", JWTFixtures.keyPath("jwks.json")]),
            code: "usage"
        )
    }
}
