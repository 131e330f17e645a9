// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "PasetoKit",
    // Linux is the primary platform; on Apple platforms the library uses APIs from these releases on.
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11)],
    products: [
        .library(name: "PasetoKit", targets: ["PasetoKit"]),
        .library(name: "PasetoJWT", targets: ["PasetoJWT"]),
        .library(name: "PasetoSessions", targets: ["PasetoSessions"]),
        .library(name: "PasetoSessionsSQLite", targets: ["PasetoSessionsSQLite"]),
        .library(name: "PasetoSessionsPostgres", targets: ["PasetoSessionsPostgres"]),
        .executable(name: "paseto", targets: ["paseto"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Both already in jwt-kit's graph; PasetoJWT reads Ed25519 certificates (RFC 8410) with them.
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"]), .brew(["libsodium"])]
        ),
        .target(
            name: "PasetoKit",
            dependencies: [
                "CSodium",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "PasetoVectors", dependencies: ["PasetoKit"]),
        .target(
            name: "PasetoJWT",
            dependencies: [
                "PasetoKit",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .executableTarget(
            name: "paseto",
            dependencies: [
                "PasetoKit",
                "PasetoVectors",
                "PasetoJWT",
                "PasetoSessions",
                "PasetoSessionsSQLite",
                "PasetoSessionsPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Sessions on PasetoKit's public API (and its package-level libsodium wrappers): no database code.
        .target(name: "PasetoSessions", dependencies: ["PasetoKit"]),
        // The embedded durable store, on GRDB over the system's SQLite.
        .target(
            name: "PasetoSessionsSQLite",
            dependencies: ["PasetoSessions", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The shared store for several instances, on postgres-nio: revocations pushed to every instance by
        // LISTEN/NOTIFY. Run it as a service (swift-service-lifecycle) beside the rest of the process.
        .target(
            name: "PasetoSessionsPostgres",
            dependencies: [
                "PasetoSessions",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The throwaway PostgreSQL server of the tests (`.ci/with-postgres`), for the test targets that use it.
        .target(
            name: "PostgresTestSupport",
            dependencies: [
                "PasetoSessionsPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The behaviour every SessionStore must have, run by each store's tests (SQLite now, PostgreSQL later).
        .target(name: "SessionStoreConformance", dependencies: ["PasetoSessions"]),
        // A child process for the kill -9 durability test: opens a SQLite store, logs in, refreshes, reports.
        .executableTarget(name: "session-store-probe", dependencies: ["PasetoSessions", "PasetoSessionsSQLite"]),
        // libFuzzer targets, one per parser family (`make fuzz`, Docs/Security.md). A plain `swift build`
        // builds them as do-nothing executables.
        .executableTarget(name: "FuzzTokens", dependencies: ["PasetoKit"]),
        .executableTarget(name: "FuzzClaims", dependencies: ["PasetoKit"]),
        .executableTarget(name: "FuzzPASERK", dependencies: ["PasetoKit"]),
        .executableTarget(name: "FuzzJWT", dependencies: ["PasetoKit", "PasetoJWT"]),
        .testTarget(name: "PasetoKitTests", dependencies: ["PasetoKit", "PasetoVectors"]),
        .testTarget(
            name: "PasetoSessionsTests",
            dependencies: ["PasetoSessions", "PasetoSessionsSQLite", "SessionStoreConformance", "PasetoKit"]
        ),
        .testTarget(
            name: "PasetoSessionsPostgresTests",
            dependencies: [
                "PasetoSessions",
                "PasetoSessionsPostgres",
                "SessionStoreConformance",
                "PostgresTestSupport",
                "PasetoKit",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PasetoCLITests",
            dependencies: [
                "PasetoKit", "PasetoVectors", "PasetoSessions", "PasetoSessionsSQLite", "PasetoSessionsPostgres",
                "PostgresTestSupport",
            ]
        ),
        .testTarget(
            name: "PasetoJWTTests",
            dependencies: [
                "PasetoJWT",
                "PasetoKit",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Settings shared by every target: explicit access control and explicit existentials.
for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ])
    // CI builds with PASETO_WARNINGS_AS_ERRORS=1 so the package's own targets stay free of warnings; a
    // package that depends on PasetoKit never sees the flag (unsafe flags are for the root package only).
    if Context.environment["PASETO_WARNINGS_AS_ERRORS"] == "1" {
        settings.append(.unsafeFlags(["-warnings-as-errors"]))
    }
    target.swiftSettings = settings
}
