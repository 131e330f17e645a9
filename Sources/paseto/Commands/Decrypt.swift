import ArgumentParser
import PasetoKit

/// `paseto decrypt --key LOCALKEY [TOKEN]`: the payload of a `local` token.
struct Decrypt: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decrypt a local token and print its payload.",
        discussion: "The payload is printed exactly as decrypted, followed by a newline."
    )

    @OptionGroup var key: KeyOptions
    @OptionGroup var binding: TokenBindingOptions
    @OptionGroup var validation: ValidationOptions
    @OptionGroup var token: TokenArgument

    func run() async throws {
        let key = try key.load()
        let verified = try key.decrypt(
            try token.read(),
            expectedFooter: binding.expectedFooter,
            implicitAssertion: binding.implicitAssertion
        )
        try validation.check(verified.payload)
        StandardOutput.writeLine(verified.payload)
    }
}
