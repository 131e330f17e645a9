import ArgumentParser
import PasetoKit

/// `paseto encrypt --key LOCALKEY`: the JSON object on standard input as a `local` token.
struct Encrypt: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Encrypt the JSON object read from standard input into a local token.",
        discussion: "The payload is the bytes read, without trailing whitespace."
    )

    @OptionGroup var key: KeyOptions
    @OptionGroup var binding: TokenBindingOptions
    @OptionGroup var issuing: IssuingOptions

    func run() async throws {
        let key = try key.load().requiring(.local, for: "encrypt")
        let payload = try issuing.completing(try StandardInput.readPayload())
        let token = try key.encrypt(
            payload,
            footer: try binding.issuingFooter(),
            implicitAssertion: binding.implicitAssertion
        )
        StandardOutput.writeLine(token)
    }
}
