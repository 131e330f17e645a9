import Foundation
import PasetoJWT
import PasetoKit
import Testing

/// This project's own migration vectors (`Vectors/jwt-migration/`), signed and mapped independently with
/// python `cryptography` and exact decimals.
@Suite("jwt-migration vectors")
struct MigrationVectorTests {
    struct Vector: Codable, Sendable, CustomStringConvertible {
        struct Key: Codable, Sendable {
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

        var description: String { name }
    }

    struct File: Codable { var tests: [Vector] }

    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Vectors/jwt-migration/jwt-migration.json")

    static let vectors: [Vector] = {
        guard let data = try? Data(contentsOf: path) else { return [] }
        return (try? JSONDecoder().decode(File.self, from: data))?.tests ?? []
    }()

    @Test("the vector file is present and holds every case")
    func count() {
        #expect(Self.vectors.count == 13, "read from \(Self.path.path)")
    }

    @Test("each vector migrates to its expected claims, or fails with its code", arguments: vectors)
    func migrate(vector: Vector) async throws {
        let keys: JWTKeySet =
            if let secret = vector.verificationKey.secret {
                try await JWTKeySet.hmacSecret(Array(secret.utf8))
            } else {
                try await JWTKeySet.pem(try #require(vector.verificationKey.pem))
            }
        let now = Date(timeIntervalSince1970: Double(vector.now ?? 1_800_000_000))
        let clock = FixedClock(now)
        let migrator = try JWTMigrator(
            verifier: JWTVerifier(keys: keys),
            target: try AnyPasetoKey(paserk: vector.targetKey),
            options: JWTMigrationOptions(
                rules: JWTClaimRules(issuer: nil, audience: nil, clock: clock),
                issuingPolicy: IssuingPolicy(clock: clock)
            )
        )
        if let code = vector.expectFail {
            do {
                _ = try migrator.migrate(vector.jwt)
                Issue.record("\(vector.name) was migrated; expected \(code)")
            } catch let error as JWTCompatError {
                #expect(error.code.description == code)
            }
            return
        }
        let expected = try #require(vector.expectedPayload)
        #expect(String(decoding: try migrator.migratedPayload(vector.jwt), as: UTF8.self) == expected)
        let token = try migrator.migrate(vector.jwt)
        let opened = try AnyPasetoKey(paserk: vector.targetPublicKey ?? vector.targetKey).open(token)
        #expect(String(decoding: opened.payload, as: UTF8.self) == expected)
    }
}
