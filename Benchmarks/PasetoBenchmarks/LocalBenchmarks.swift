import Benchmark
import PasetoKit

func registerLocalBenchmarks() {
    let key = Fixtures.localKey
    let rawKey = key.unsafeExportRawBytes()
    for size in Fixtures.PayloadSize.allCases {
        let payload = Fixtures.payload(size)
        let token = PasetoV4.Local.encrypt(payload, using: key)
        let rawToken = RawBaseline.encrypt(payload, key: rawKey)

        Benchmark("v4.local encrypt (bytes) | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(PasetoV4.Local.encrypt(payload, using: key)) }
        }
        Benchmark("v4.local decrypt (bytes) | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try PasetoV4.Local.decrypt(token, using: key)) }
        }
        Benchmark("baseline raw v4.local encrypt | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(RawBaseline.encrypt(payload, key: rawKey)) }
        }
        Benchmark("baseline raw v4.local decrypt | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(RawBaseline.decrypt(rawToken, key: rawKey)) }
        }
    }
}

func registerPublicBenchmarks() {
    let key = Fixtures.secretKey
    let publicKey = key.publicKey
    let rawSecret = key.unsafeExportRawBytes()
    let rawPublic = publicKey.rawBytes
    for size in Fixtures.PayloadSize.allCases {
        let payload = Fixtures.payload(size)
        let token = PasetoV4.Public.sign(payload, using: key)
        let rawToken = RawBaseline.sign(payload, secretKey: rawSecret)

        Benchmark("v4.public sign | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(PasetoV4.Public.sign(payload, using: key)) }
        }
        Benchmark("v4.public verify | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try PasetoV4.Public.verify(token, using: publicKey)) }
        }
        Benchmark("baseline raw v4.public sign | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(RawBaseline.sign(payload, secretKey: rawSecret)) }
        }
        Benchmark("baseline raw v4.public verify | \(size.rawValue)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(RawBaseline.verify(rawToken, publicKey: rawPublic)) }
        }
    }
}
