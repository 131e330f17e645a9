import Benchmark
import Foundation
import PasetoKit

/// Every benchmark of the `make bench` table. Names are `operation | payload`; `Benchmarks/report.py` turns
/// the run into the table with ratios to the baselines of the same run.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        warmupIterations: 50,
        maxDuration: .seconds(2),
        maxIterations: 2_000_000
    )

    Benchmark("noop | -") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(benchmark) }
    }

    registerLocalBenchmarks()
    registerPublicBenchmarks()
    registerClaimsBenchmarks()
    registerPASERKBenchmarks()
    registerNISTBenchmarks()
    registerJWTBenchmarks()
    registerSessionBenchmarks()
    registerPostgresSessionBenchmarks()
}
