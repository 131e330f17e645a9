import ArgumentParser
import PasetoKit

/// `paseto paserk public KEY`: the `k*.public` PASERK of a `k*.secret` key.
struct PASERKPublic: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "public",
        abstract: "Print the public key (k*.public) of a secret key (k*.secret)."
    )

    @OptionGroup var key: KeyArgument

    func run() async throws {
        // A local or public key here is a well-formed key of the wrong kind with no token involved: an input
        // error (`invalid-key`, exit 2), not the token rejection `key-mismatch` (exit 1).
        let secretKey = try key.load().requiring(.secret, for: "paserk public")
        StandardOutput.writeLine(try secretKey.publicKey().exportPASERK())
    }
}
