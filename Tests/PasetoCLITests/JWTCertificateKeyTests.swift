import Foundation
import Testing

/// `paseto jwt verify` / `migrate --key cert.pem` with an Ed25519 certificate (RFC 8410) made by openssl; the
/// token is signed by python `cryptography` (`Tests/PasetoJWTTests/Fixtures/make-legacy-tokens.py`).
@Suite("jwt Ed25519 certificates")
struct JWTCertificateKeyTests {
    static func payload() throws -> String { try JWTFixtures.legacy("payload") + "\n" }

    @Test(
        "jwt verify --key cert.pem verifies an EdDSA JWT with the certificate's Ed25519 key",
        .bug(id: 11, "issue 11, item 3")
    )
    func ed25519Certificate() throws {
        let token = try JWTFixtures.legacy("eddsa-cert")
        let certificate = JWTFixtures.keyPath("ed25519-cert.pem")
        expectSuccess(
            try PasetoCLI.run(["jwt", "verify", "--key", certificate, "--alg", "EdDSA", token]),
            stdout: try Self.payload()
        )
        let key = "k4.local.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"
        let migrated = try PasetoCLI.run(["jwt", "migrate", "--key", certificate, "--to", key], stdin: token)
        #expect(migrated.stderr == "migrated 1, rejected 0\n", "\(migrated)")
        var tampered = Array(token)
        tampered[tampered.count - 3] = tampered[tampered.count - 3] == "A" ? "B" : "A"
        expectRejected(
            try PasetoCLI.run(["jwt", "verify", "--key", certificate, String(tampered)]),
            code: "signature-invalid"
        )
    }

    @Test("a certificate whose key cannot verify JWTs (Ed448) exits 2 with unsupported-key")
    func ed448Certificate() throws {
        expectInputError(
            try PasetoCLI.run([
                "jwt", "verify", "--key", JWTFixtures.keyPath("ed448-cert.pem"), try JWTFixtures.legacy("eddsa-cert"),
            ]),
            code: "unsupported-key"
        )
    }
}
