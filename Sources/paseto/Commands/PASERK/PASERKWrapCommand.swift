import ArgumentParser
import PasetoKit

/// `paseto paserk wrap --wrapping-key LOCALKEY KEY`: a `k*.local-wrap.pie.` or `k*.secret-wrap.pie.` PASERK.
struct PASERKWrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wrap",
        abstract: "Wrap a local or secret key with a local wrapping key (k*.local-wrap.pie., k*.secret-wrap.pie.).",
        discussion: "The wrapping key must be a local key of the same version. The output may go in a footer (wpk)."
    )

    @Option(help: ArgumentHelp("The local wrapping key: a PASERK, or @PATH of a file holding one.", valueName: "key"))
    var wrappingKey: String

    @OptionGroup var key: KeyArgument

    func run() async throws {
        let wrapping = try KeySource.load(wrappingKey).requiring(.local, for: "paserk wrap --wrapping-key")
        let key = try key.load().requiringLocalOrSecret(for: "paserk wrap")
        StandardOutput.writeLine(try key.wrap(with: wrapping))
    }
}
