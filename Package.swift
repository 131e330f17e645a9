// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "PasetoKit",
    // Linux is the primary platform; on Apple platforms the library uses APIs from these releases on.
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11)],
    products: [
        .library(name: "PasetoKit", targets: ["PasetoKit"]),
        .executable(name: "paseto", targets: ["paseto"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"]), .brew(["libsodium"])]
        ),
        .target(name: "PasetoKit", dependencies: ["CSodium"]),
        .target(name: "PasetoVectors", dependencies: ["PasetoKit"]),
        .executableTarget(
            name: "paseto",
            dependencies: [
                "PasetoKit",
                "PasetoVectors",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PasetoKitTests", dependencies: ["PasetoKit", "PasetoVectors"]),
        .testTarget(name: "PasetoCLITests", dependencies: ["PasetoVectors"]),
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
    target.swiftSettings = settings
}
