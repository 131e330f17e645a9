// swift-tools-version: 6.1
// A separate package so that `swift test` on the library never builds the benchmark harness.
import PackageDescription

let package = Package(
    name: "PasetoKitBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "PasetoKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The raw baseline calls libsodium directly, as a plain C program would.
        .systemLibrary(
            name: "CSodiumBaseline",
            path: "CSodiumBaseline",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .executableTarget(
            name: "PasetoBenchmarks",
            dependencies: [
                "CSodiumBaseline",
                .product(name: "PasetoKit", package: "PasetoKit"),
                .product(name: "PasetoJWT", package: "PasetoKit"),
                .product(name: "PasetoSessions", package: "PasetoKit"),
                .product(name: "PasetoSessionsSQLite", package: "PasetoKit"),
                .product(name: "PasetoSessionsPostgres", package: "PasetoKit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "PasetoBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
