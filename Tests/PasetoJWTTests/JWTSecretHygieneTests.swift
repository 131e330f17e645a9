import Foundation
import JWTKit
import PasetoJWT
import PasetoKit
import Testing

/// No HMAC secret, private key byte, target key or payload appears in any JWT error or description.
@Suite("JWT secret hygiene")
struct JWTSecretHygieneTests {
    static let secretText = "known-hmac-secret-0123456789abcdef-0123456789"
    static let secret = Array(secretText.utf8)
    static let targetBytes = (0x70...0x8F).map { UInt8($0) }
    static let claimText = "the eagle lands at dawn"

    /// Raw, hex (both cases), base64 and base64url renderings, with a 16-character prefix of each.
    static func renderings(of bytes: [UInt8]) -> [String] {
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let forms = [
            String(decoding: bytes, as: UTF8.self), hex, hex.uppercased(), Data(bytes).base64EncodedString(),
            Base64URL.encode(bytes),
        ]
        return forms.flatMap { [$0, String($0.prefix(16))] }.filter { $0.count >= 8 }
    }

    static func describe(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped]
    }

    @Test(
        "every JWT failure path holds no secret, private key byte or claim value",
        .bug(id: 8, "issue 8: secret hygiene on every failure path")
    )
    func failurePaths() async throws {
        let keys = try await JWTKeySet.hmacSecret(Self.secret)
        let verifier = JWTVerifier(keys: keys)
        let target = AnyPasetoKey(try PasetoV4.Local.Key(rawBytes: Self.targetBytes))
        let migrator = try JWTMigrator(verifier: verifier, target: target)
        let signer = try await Signers.hmac(Self.secret, .hs256)
        let good = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            payload: #"{"sub":"\#(Self.claimText)","exp":4102444800}"#,
            by: signer
        )
        let expired = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            payload: #"{"sub":"\#(Self.claimText)","exp":1}"#,
            by: signer
        )
        let wrongIssuer = JWTClaimRules(issuer: "someone-else", audience: "api")
        let ecPrivate = try Fixture.text("ec-p256-private.pem")
        let ecBody = ecPrivate.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let privateJWK = #"{"kty":"oct","kid":"hmac-1","k":"\#(Base64URL.encode(Self.secret))"}"#

        var errors: [any Error] = []
        func collect(_ body: () throws -> Void) {
            do { try body() } catch { errors.append(error) }
        }
        collect {
            _ = try verifier.verify(
                TokenBuilder.replacingSignature(of: good, with: Array(repeating: 1, count: 32)),
                rules: nil
            )
        }
        collect { _ = try verifier.verify(expired, rules: JWTClaimRules(issuer: nil, audience: nil)) }
        collect { _ = try verifier.verify(good, rules: wrongIssuer) }
        collect { _ = try verifier.verify(good + "x", rules: nil) }
        collect { _ = try verifier.verify(String(good.dropLast(4)), rules: nil) }
        collect { _ = try migrator.migrate(expired) }
        collect { _ = try migrator.migrate(good + ".x") }
        collect { _ = try UnverifiedJWT(parsing: Self.secretText) }
        for body in [
            { _ = try await JWTKeySet.hmacSecret(Array(Self.secret.prefix(20))) },
            { _ = try await JWTKeySet.pem(ecPrivate + "garbage") },
            { _ = try await JWTKeySet.pem(String(ecPrivate.dropLast(40))) },
            {
                _ = try await JWTKeySet.load(
                    contentsOf: Array(#"{"kty":"oct","k":"\#(Base64URL.encode(Self.secret))","alg":"none"}"#.utf8)
                )
            },
            { _ = try await JWTKeySet.load(contentsOf: Array(privateJWK.utf8)) },
        ] as [@Sendable () async throws -> Void] {
            do { try await body() } catch { errors.append(error) }
        }
        #expect(errors.count == 13, "every path above fails: \(errors)")

        let texts =
            errors.flatMap { Self.describe($0) + [($0 as? JWTCompatError)?.message ?? ""] }
            + Self.describe(keys) + Self.describe(verifier) + Self.describe(migrator)
        for text in texts {
            for secret in [Self.secret, Self.targetBytes, Array(Self.claimText.utf8)] {
                for rendering in Self.renderings(of: secret) {
                    #expect(!text.contains(rendering), "leaked \(rendering.count) characters")
                }
            }
            #expect(!text.contains(String(ecBody.prefix(24))))
            #expect(!text.contains(String(good.split(separator: ".")[2])))
        }
    }
}
