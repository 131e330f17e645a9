import ArgumentParser
import PasetoKit

/// `paseto paserk seal --public-key PUBLICKEY LOCALKEY`: a `k*.seal.` PASERK only the secret key opens.
struct PASERKSealCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Seal a local key to a public key (k*.seal.); only the matching secret key unseals it.",
        discussion: """
            The public key must be of the same version. The output may go in a footer (wpk). k1 keys cannot be \
            sealed: k1.seal needs raw RSA, which this build does not have.
            """
    )

    @Option(
        help: ArgumentHelp("The recipient's public key: a PASERK, or @PATH of a file holding one.", valueName: "key")
    )
    var publicKey: String

    @OptionGroup var key: KeyArgument

    func run() async throws {
        let recipient = try KeySource.load(publicKey).requiring(.public, for: "paserk seal --public-key")
        let key = try key.load().requiring(.local, for: "paserk seal")
        StandardOutput.writeLine(try key.seal(to: recipient))
    }
}
