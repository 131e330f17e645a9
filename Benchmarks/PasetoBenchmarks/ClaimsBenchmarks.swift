import Benchmark
import Foundation
import PasetoKit

func registerClaimsBenchmarks() {
    let key = Fixtures.localKey
    let token: String
    do {
        token = try key.encrypt(Fixtures.claims, policy: Fixtures.issuing)
    } catch {
        fatalError("fixture token: \(error)")
    }
    let rules = Fixtures.rules

    Benchmark("v4.local encrypt (Codable claims) | claims") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try key.encrypt(Fixtures.claims, policy: Fixtures.issuing)) }
    }
    Benchmark("v4.local decrypt (Codable claims, validated) | claims") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try key.decrypt(token, as: Fixtures.Session.self, rules: rules))
        }
    }

    // Foundation's JSON on the same claims, as Codable users would otherwise do it.
    struct FoundationClaims: Codable {
        var iss: String, sub: String, aud: String, exp: String, nbf: String, iat: String, jti: String
        var role: String, scopes: [String], tenant: String
    }
    let json = Data(Fixtures.claimsJSON)
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()
    guard let decoded = try? decoder.decode(FoundationClaims.self, from: json) else {
        fatalError("fixture claims do not decode with Foundation")
    }
    Benchmark("baseline Foundation JSONDecoder | claims") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try decoder.decode(FoundationClaims.self, from: json)) }
    }
    Benchmark("baseline Foundation JSONEncoder | claims") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try encoder.encode(decoded)) }
    }
}

func registerPASERKBenchmarks() {
    let paserk = Fixtures.localKey.exportPASERK()
    let publicKey = Fixtures.secretKey.publicKey
    Benchmark("PASERK parse k4.local | -") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try PasetoV4.Local.Key(paserk: paserk)) }
    }
    Benchmark("PASERK id k4.pid | -") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(publicKey.paserkID) }
    }
}
