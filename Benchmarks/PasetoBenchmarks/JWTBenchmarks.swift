import Benchmark
import Foundation
import JWTKit
import PasetoJWT
import PasetoKit

/// The same claims as ``Fixtures/claims``, as a jwt-kit payload with NumericDate times.
struct JWTKitClaims: JWTPayload {
    var iss: IssuerClaim
    var sub: SubjectClaim
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var nbf: NotBeforeClaim
    var iat: IssuedAtClaim
    var jti: IDClaim
    var role: String
    var scopes: [String]
    var tenant: String

    /// What a careful jwt-kit user checks: expiry, issuer, audience (jwt-kit checks nothing by itself).
    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        guard iss.value == "https://auth.example.com" else { throw JWTError.claimVerificationFailure(failedClaim: iss, reason: "issuer") }
        try aud.verifyIntendedAudience(includes: "https://api.example.com")
    }

    static var sample: JWTKitClaims {
        // Real times: jwt-kit reads the system clock.
        let now = Date()
        return JWTKitClaims(
            iss: "https://auth.example.com", sub: "user-1234567890", aud: "https://api.example.com",
            exp: .init(value: now.addingTimeInterval(86_400)), nbf: .init(value: now.addingTimeInterval(-60)),
            iat: .init(value: now.addingTimeInterval(-60)), jti: "3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c34",
            role: "admin", scopes: ["read", "write", "audit"], tenant: "acme-corporation"
        )
    }
}

enum JWTFixtures {
    static let hmacSecret = Array("benchmark-hs256-secret-0123456789abcdef".utf8)
    static let rules = JWTClaimRules(issuer: "https://auth.example.com", audience: "https://api.example.com")

    static func hmacCollection() async -> JWTKeyCollection {
        await JWTKeyCollection().add(hmac: HMACKey(from: hmacSecret), digestAlgorithm: .sha256)
    }
}

func registerJWTBenchmarks() {
    Benchmark("baseline jwt-kit HS256 sign | claims") { benchmark async throws in
        let keys = await JWTFixtures.hmacCollection()
        let claims = JWTKitClaims.sample
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try await keys.sign(claims)) }
        benchmark.stopMeasurement()
    }
    Benchmark("baseline jwt-kit HS256 verify | claims") { benchmark async throws in
        let keys = await JWTFixtures.hmacCollection()
        let token = try await keys.sign(JWTKitClaims.sample)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try await keys.verify(token, as: JWTKitClaims.self)) }
        benchmark.stopMeasurement()
    }
    Benchmark("JWT verify HS256 (PasetoJWT) | claims") { benchmark async throws in
        let token = try await JWTFixtures.hmacCollection().sign(JWTKitClaims.sample)
        let verifier = JWTVerifier(keys: try await JWTKeySet.hmacSecret(JWTFixtures.hmacSecret), allowedAlgorithms: [.hs256])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try verifier.verify(token, rules: JWTFixtures.rules)) }
        benchmark.stopMeasurement()
    }
    Benchmark("baseline jwt-kit EdDSA sign | claims") { benchmark async throws in
        let keys = await JWTKeyCollection().add(eddsa: try EdDSA.PrivateKey(curve: .ed25519))
        let claims = JWTKitClaims.sample
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try await keys.sign(claims)) }
        benchmark.stopMeasurement()
    }
    Benchmark("baseline jwt-kit EdDSA verify | claims") { benchmark async throws in
        let keys = await JWTKeyCollection().add(eddsa: try EdDSA.PrivateKey(curve: .ed25519))
        let token = try await keys.sign(JWTKitClaims.sample)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try await keys.verify(token, as: JWTKitClaims.self)) }
        benchmark.stopMeasurement()
    }
    Benchmark("JWT verify EdDSA (PasetoJWT) | claims") { benchmark async throws in
        let privateKey = try EdDSA.PrivateKey(curve: .ed25519)
        let token = try await JWTKeyCollection().add(eddsa: privateKey).sign(JWTKitClaims.sample)
        let keys = try await JWTKeySet.pem(privateKey.publicKey.pemRepresentation)
        let verifier = JWTVerifier(keys: keys, allowedAlgorithms: [.eddsa])
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try verifier.verify(token, rules: JWTFixtures.rules)) }
        benchmark.stopMeasurement()
    }
    Benchmark("JWT → v4.local migration (HS256) | claims") { benchmark async throws in
        let token = try await JWTFixtures.hmacCollection().sign(JWTKitClaims.sample)
        let verifier = JWTVerifier(keys: try await JWTKeySet.hmacSecret(JWTFixtures.hmacSecret), allowedAlgorithms: [.hs256])
        let migrator = try JWTMigrator(
            verifier: verifier,
            target: AnyPasetoKey(Fixtures.localKey),
            options: JWTMigrationOptions(rules: JWTFixtures.rules)
        )
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try migrator.migrate(token)) }
        benchmark.stopMeasurement()
    }
}
