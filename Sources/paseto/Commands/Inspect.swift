import ArgumentParser
import PasetoKit

/// `paseto inspect [TOKEN]`: what a token claims to be, without verifying anything.
struct Inspect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a token's version, purpose, footer and kid without verifying it.",
        discussion: """
            Prints one JSON object: version, purpose, footer (text or null), kid (the footer's JSON kid or \
            null) and, for public tokens, payload_unverified. Nothing is verified: use it to choose a key.
            """
    )

    @OptionGroup var token: TokenArgument

    func run() async throws {
        let untrusted = try UntrustedToken(try token.read())
        StandardOutput.writeLine(InspectReport(token: untrusted).json)
    }
}
