import ArgumentParser
import PasetoKit

/// `paseto keygen VERSION.PURPOSE [--out PREFIX]`: a new random key, as PASERK.
struct Keygen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a key: a local key, or a secret and public key pair.",
        discussion: """
            local: prints the k*.local PASERK. public: prints the k*.secret PASERK, then the k*.public PASERK. \
            With --out PREFIX nothing is printed; PREFIX.key (mode 0600) and PREFIX.pub (mode 0644) are \
            written instead, never overwriting an existing file. v3.public makes a P-384 key pair; v1.public a \
            2048-bit RSA key pair, which takes a moment. v1 and v2 are deprecated: use them only to migrate.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The kind of key: v4.local, v4.public, v3.local, v3.public, v2.local, v2.public, v1.local or v1.public.",
            valueName: "version.purpose"
        )
    )
    var mode: VersionPurpose

    @Option(help: ArgumentHelp("Write PREFIX.key (and PREFIX.pub) instead of printing.", valueName: "prefix"))
    var out: String?

    func run() async throws {
        let key = try AnyPasetoKey.generate(version: mode.version, purpose: mode.purpose)
        let publicKey = mode.purpose == .public ? try key.publicKey().exportPASERK() : nil
        if let out {
            try KeyFiles.write(prefix: out, secret: key.exportPASERK(), public: publicKey)
        } else {
            StandardOutput.writeLine(key.exportPASERK())
            if let publicKey { StandardOutput.writeLine(publicKey) }
        }
    }
}
