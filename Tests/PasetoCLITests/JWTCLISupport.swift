import Foundation
import Testing

/// Files and tokens for the `paseto jwt` tests: the PasetoJWT fixtures, this project's migration vectors
/// (JWTs signed with python `cryptography`), and hand-built tokens for refusals decided before any signature.
enum JWTFixtures {
    /// A PEM, JWK or JWKS file of `Tests/PasetoJWTTests/Fixtures`.
    static func keyPath(_ name: String) -> String {
        PasetoCLI.packageRoot.appendingPathComponent("Tests/PasetoJWTTests/Fixtures/\(name)").path
    }

    struct Vector: Decodable {
        struct Key: Decodable {
            var secret: String?
            var pem: String?
        }

        var name: String
        var jwt: String
        var verificationKey: Key
        var targetKey: String
        var targetPublicKey: String?
        var now: Int?
        var expectFail: String?
        var expectedPayload: String?

        enum CodingKeys: String, CodingKey {
            case name, jwt, now
            case verificationKey = "verification-key"
            case targetKey = "target-key"
            case targetPublicKey = "target-public-key"
            case expectFail = "expect-fail"
            case expectedPayload = "expected-payload"
        }

        /// The options naming the verification key (a PEM is written to a temporary file).
        func keyArguments() throws -> [String] {
            if let secret = verificationKey.secret { return ["--secret", secret] }
            let folder = try Fixtures.temporaryDirectory()
            let file = folder.appendingPathComponent("key.pem")
            try Data((verificationKey.pem ?? "").utf8).write(to: file)
            return ["--key", file.path]
        }
    }

    private struct VectorFile: Decodable { var tests: [Vector] }

    /// The vector named `name` from `Vectors/jwt-migration/jwt-migration.json`.
    static func vector(_ name: String) throws -> Vector {
        let url = PasetoCLI.packageRoot.appendingPathComponent("Vectors/jwt-migration/jwt-migration.json")
        let file = try JSONDecoder().decode(VectorFile.self, from: try Data(contentsOf: url))
        return try #require(file.tests.first { $0.name == name }, "no vector \(name)")
    }

    /// The decoded payload of a compact JWT, as text.
    static func payload(of jwt: String) throws -> String {
        let segment = try #require(jwt.split(separator: ".").dropFirst().first)
        var base64 = segment.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return String(decoding: try #require(Data(base64Encoded: base64)), as: UTF8.self)
    }

    /// A compact token from header and payload text and a signature that was never made by any key: for
    /// refusals that happen before the signature is checked.
    static func unsigned(
        header: String,
        payload: String = #"{"sub":"alice"}"#,
        signature: [UInt8] = [1, 2, 3]
    ) -> String {
        [Array(header.utf8), Array(payload.utf8), signature].map(Fixtures.base64URL).joined(separator: ".")
    }

    /// A member of `Tests/PasetoJWTTests/Fixtures/legacy-tokens.json`: tokens and secrets made by
    /// `make-legacy-tokens.py` (python `cryptography`), independently of jwt-kit.
    static func legacy(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: keyPath("legacy-tokens.json"))
        let object = try JSONDecoder().decode([String: String].self, from: try Data(contentsOf: url))
        return try #require(object[name], "no \(name) in legacy-tokens.json")
    }

    /// The HMAC secret of the vectors.
    static let secret = "jwt-migration-vectors-hs-secret-0123456789abcdef"
}
