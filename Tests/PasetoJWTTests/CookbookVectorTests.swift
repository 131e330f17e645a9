import Foundation
import PasetoJWT
import PasetoKit
import Testing

/// RFC 7520 (JOSE Cookbook) section 4 and RFC 8037 A.4 JWS examples, read in place from the shared vectors.
@Suite("RFC 7520 and RFC 8037 JWS vectors")
struct CookbookVectorTests {
    /// `$PASETO_VECTORS_DIR/jose/cookbook`, else `../shared/vectors/jose/cookbook` beside the package.
    static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["PASETO_VECTORS_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path).appendingPathComponent("jose/cookbook")
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "shared/vectors/jose/cookbook"
            )
    }()

    /// The compact, attached-payload signature examples.
    static let verifying = [
        "jws/4_1.rsa_v15_signature.json", "jws/4_2.rsa-pss_signature.json", "jws/4_3.ecdsa_signature.json",
        "jws/4_4.hmac-sha2_integrity_protection.json", "curve25519/jws.json",
    ]

    struct Example {
        let compact: String
        let payload: String
        let keys: JWTKeySet
    }

    static func example(_ file: String) async throws -> Example {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let input = try #require(json["input"] as? [String: Any])
        let key = try #require(input["key"] as? [String: Any])
        let compact = try #require((json["output"] as? [String: Any])?["compact"] as? String)
        let keys: JWTKeySet
        if key["kty"] as? String == "oct" {
            let secret = try #require(key["k"] as? String)
            keys = try await JWTKeySet.hmacSecret(try #require(Base64URL.decode(secret)))
        } else {
            keys = try await JWTKeySet.json(Array(try JSONSerialization.data(withJSONObject: key)))
        }
        return Example(compact: compact, payload: try #require(input["payload"] as? String), keys: keys)
    }

    @Test("the vector files are present (a missing file is a failure, not a silent pass)")
    func present() {
        for file in Self.verifying + [
            "jws/4_5.signature_with_detached_content.json", "rfc7797/hmac-sha2_b64_false.json",
        ] {
            #expect(
                FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(file).path),
                "\(file) in \(Self.folder.path)"
            )
        }
        #expect(Self.verifying.count == 5)
    }

    @Test("each compact example verifies and yields its payload", arguments: verifying)
    func verifies(file: String) async throws {
        let example = try await Self.example(file)
        let jws = try JWTVerifier(keys: example.keys).verifySignature(example.compact)
        #expect(jws.payload == Array(example.payload.utf8))
    }

    @Test("each example fails when one byte of its header, payload or signature changes", arguments: verifying)
    func tampered(file: String) async throws {
        let example = try await Self.example(file)
        let verifier = JWTVerifier(keys: example.keys)
        let parts = example.compact.split(separator: ".").map(String.init)
        for segment in 0..<3 {
            var changed = parts
            changed[segment] = Self.changingOneByte(parts[segment])
            #expect(throws: JWTCompatError.self) { _ = try verifier.verifySignature(changed.joined(separator: ".")) }
        }
        // The signature's change must fail the check itself, not the parsing.
        var changed = parts
        changed[2] = Self.changingOneByte(parts[2])
        do {
            _ = try verifier.verifySignature(changed.joined(separator: "."))
        } catch let error as JWTCompatError {
            #expect([.signatureInvalid, .invalidSignatureEncoding].contains(error.code), "\(error)")
        }
    }

    @Test("as JWTs the examples are refused: their signed payload is text, not a claims object", arguments: verifying)
    func notJWTs(file: String) async throws {
        let example = try await Self.example(file)
        expectRefusal(.invalidPayload) { _ = try JWTVerifier(keys: example.keys).verify(example.compact, rules: nil) }
    }

    @Test("detached content (4.5) and RFC 7797 b64:false are refused; b64's crit is refused even when encoded")
    func unsupportedForms() async throws {
        let hmac = try await Self.example("jws/4_4.hmac-sha2_integrity_protection.json").keys
        let verifier = JWTVerifier(keys: hmac)
        for file in ["jws/4_5.signature_with_detached_content.json", "rfc7797/hmac-sha2_b64_false.json"] {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let compact = try #require((json["output"] as? [String: Any])?["compact"] as? String)
            // Detached: an empty payload segment. b64:false: a raw payload that is no base64url segment.
            expectRefusal(.malformedToken) { _ = try verifier.verifySignature(compact) }
            if file.hasPrefix("rfc7797") {
                let parts = compact.split(separator: ".", omittingEmptySubsequences: false)
                let encoded = "\(parts[0]).\(Base64URL.encode(Array(parts[1].utf8))).\(parts[2])"
                expectRefusal(.unknownCriticalHeader) { _ = try verifier.verifySignature(encoded) }
            }
        }
    }

    /// `segment` with its middle character swapped for another base64url letter (keeps strict decoding).
    static func changingOneByte(_ segment: String) -> String {
        var characters = Array(segment)
        let middle = characters.count / 2
        characters[middle] = characters[middle] == "A" ? "B" : "A"
        return String(characters)
    }
}
