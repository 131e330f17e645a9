import ArgumentParser
import PasetoKit

/// `paseto paserk unseal --secret-key SECRETKEY SEALED`: the `k*.local` PASERK inside a `k*.seal.` PASERK.
struct PASERKUnsealCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unseal",
        abstract: "Unseal a k*.seal. PASERK with the secret key it was sealed to.",
        discussion: "Prints the k*.local PASERK: the key itself, a secret."
    )

    @Option(
        help: ArgumentHelp("The recipient's secret key: a PASERK, or @PATH of a file holding one.", valueName: "key")
    )
    var secretKey: String

    @OptionGroup var sealed: PASERKArgument

    func run() async throws {
        let recipient = try KeySource.load(secretKey).requiring(.secret, for: "paserk unseal --secret-key")
        StandardOutput.writeLine(try AnyPasetoKey(unsealing: try sealed.read(), with: recipient).exportPASERK())
    }
}
