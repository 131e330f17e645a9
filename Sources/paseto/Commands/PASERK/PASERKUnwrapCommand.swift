import ArgumentParser
import PasetoKit

/// `paseto paserk unwrap --wrapping-key LOCALKEY WRAPPED`: the `k*.local` or `k*.secret` PASERK inside a
/// `k*.local-wrap.pie.` or `k*.secret-wrap.pie.` PASERK.
struct PASERKUnwrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unwrap",
        abstract: "Unwrap a k*.local-wrap.pie. or k*.secret-wrap.pie. PASERK with its local wrapping key.",
        discussion: "Prints the k*.local or k*.secret PASERK: the key itself, a secret."
    )

    @Option(help: ArgumentHelp("The local wrapping key: a PASERK, or @PATH of a file holding one.", valueName: "key"))
    var wrappingKey: String

    @OptionGroup var wrapped: PASERKArgument

    func run() async throws {
        let wrapping = try KeySource.load(wrappingKey).requiring(.local, for: "paserk unwrap --wrapping-key")
        StandardOutput.writeLine(try AnyPasetoKey(unwrapping: try wrapped.read(), with: wrapping).exportPASERK())
    }
}
