import ArgumentParser
import PasetoKit

/// `paseto sign --key SECRETKEY`: the JSON object on standard input as a `public` token.
struct Sign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign the JSON object read from standard input into a public token.",
        discussion: "The payload is the bytes read, without trailing whitespace."
    )

    @OptionGroup var key: KeyOptions
    @OptionGroup var binding: TokenBindingOptions
    @OptionGroup var issuing: IssuingOptions

    func run() async throws {
        let key = try key.load().requiring(.secret, for: "sign")
        let payload = try issuing.completing(try StandardInput.readPayload())
        let token = try key.sign(
            payload,
            footer: try binding.issuingFooter(),
            implicitAssertion: binding.implicitAssertion
        )
        StandardOutput.writeLine(token)
    }
}
