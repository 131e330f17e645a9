import ArgumentParser
import PasetoJWT
import PasetoKit

/// `paseto jwt convert-key --key PATH [--version v4|v2]`: each key of a PEM, JWK or JWKS file as a public
/// PASERK, or `# <kid>: <reason>` when it has none.
struct JWTConvertKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert-key",
        abstract: "Print each key of a PEM, JWK or JWKS file as a public PASERK.",
        discussion: """
            Ed25519 keys become k4.public (or k2.public with --version v2), P-384 keys k3.public. Every other \
            key gives a line "# <kid>: <reason>". Private keys give their public half only.
            """
    )

    @Option(help: ArgumentHelp("A PEM key or certificate, a JWK or a JWKS file.", valueName: "path"))
    var key: String

    @Option(help: ArgumentHelp("The PASERK version for Ed25519 keys: v4 (default) or v2.", valueName: "version"))
    var version: VersionName = VersionName(version: .v4)

    func run() async throws {
        let keys = try await JWTKeySet.load(contentsOf: try FileBytes.contents(atPath: key, maximumCount: 1024 * 1024))
        for (index, conversion) in keys.paserkConversions(ed25519Version: version.version).enumerated() {
            if let paserk = conversion.paserk {
                StandardOutput.writeLine(paserk)
            } else {
                let name = conversion.keyID ?? "key \(index + 1)"
                StandardOutput.writeLine("# \(name): \(conversion.reason ?? "not convertible")")
            }
        }
    }
}

/// `v2` or `v4`, the versions Ed25519 keys convert to.
struct VersionName: ExpressibleByArgument {
    let version: PasetoVersion

    init(version: PasetoVersion) { self.version = version }

    init?(argument: String) {
        guard let version = PasetoVersion(tokenPrefix: argument), version == .v2 || version == .v4 else { return nil }
        self.version = version
    }

    var defaultValueDescription: String { version.description }
}
