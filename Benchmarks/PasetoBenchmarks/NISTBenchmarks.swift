import Benchmark
import PasetoKit

func registerNISTBenchmarks() {
    let localKey = PasetoV3.Local.Key.generate()
    let secretKey = PasetoV3.Public.SecretKey.generate()
    for size in Fixtures.PayloadSize.allCases {
        let payload = Fixtures.payload(size)
        let localToken = PasetoV3.Local.encrypt(payload, using: localKey)
        let publicToken = PasetoV3.Public.sign(payload, using: secretKey)
        Benchmark("v3.local encrypt (bytes) | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(PasetoV3.Local.encrypt(payload, using: localKey)) }
        }
        Benchmark("v3.local decrypt (bytes) | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try PasetoV3.Local.decrypt(localToken, using: localKey)) }
        }
        Benchmark("v3.public sign | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(PasetoV3.Public.sign(payload, using: secretKey)) }
        }
        Benchmark("v3.public verify | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try PasetoV3.Public.verify(publicToken, using: secretKey.publicKey))
            }
        }
    }
}
