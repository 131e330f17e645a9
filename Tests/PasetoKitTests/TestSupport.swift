import Foundation

/// A deterministic generator (SplitMix64) so random-input tests are reproducible; the seed comes from
/// `PASETO_TEST_SEED` when set.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64 = SeededGenerator.environmentSeed) { state = seed }

    static var environmentSeed: UInt64 {
        ProcessInfo.processInfo.environment["PASETO_TEST_SEED"].flatMap { UInt64($0) } ?? 0x5EED_2026_1123
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &self) }
    }
}

/// Scales loop counts for fuzz-style tests: `PASETO_TEST_SCALE=10 swift test` runs ten times as many.
let testScale = ProcessInfo.processInfo.environment["PASETO_TEST_SCALE"].flatMap { Int($0) } ?? 1

extension Array where Element == UInt8 {
    var utf8Text: String { String(decoding: self, as: UTF8.self) }
}

extension String {
    var bytes: [UInt8] { Array(utf8) }
}
