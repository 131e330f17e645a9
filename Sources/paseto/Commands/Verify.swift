import ArgumentParser
import PasetoKit

/// `paseto verify --key PUBLICKEY [TOKEN]`: the payload of a `public` token whose signature verifies.
struct Verify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify a public token and print its payload.",
        discussion: "The payload is printed exactly as signed, followed by a newline."
    )

    @OptionGroup var key: KeyOptions
    @OptionGroup var binding: TokenBindingOptions
    @OptionGroup var validation: ValidationOptions
    @OptionGroup var token: TokenArgument

    func run() async throws {
        let key = try key.load()
        let verified = try key.verify(
            try token.read(),
            expectedFooter: binding.expectedFooter,
            implicitAssertion: binding.implicitAssertion
        )
        try validation.check(verified.payload)
        StandardOutput.writeLine(verified.payload)
    }
}
