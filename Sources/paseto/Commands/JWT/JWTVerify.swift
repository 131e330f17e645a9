import ArgumentParser
import PasetoJWT

/// `paseto jwt verify (--key PATH | --secret …) [--alg ALG]… [claim checks] [--no-validate] TOKEN`.
struct JWTVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a JWT and print its payload.",
        discussion: """
            alg none, an alg outside the key's family or the --alg list, unknown crit entries and keys offered \
            by the token (jku, x5u, jwk, x5c) are refused; exp and nbf are checked when present.
            """
    )

    @OptionGroup var keys: JWTKeyOptions
    @OptionGroup var claims: JWTClaimOptions

    @Flag(help: "Skip the claim checks (the signature, header policy and payload JSON are still checked).")
    var noValidate = false

    @OptionGroup var token: TokenArgument

    func validate() throws {
        if noValidate, claims.isSet {
            throw ValidationError("--no-validate cannot be combined with claim checks")
        }
    }

    func run() async throws {
        let verifier = try await keys.verifier()
        let jwt = try verifier.verify(try token.read(), rules: noValidate ? nil : claims.rules)
        // Only once the token verified: a failure prints its one `error: ` line alone.
        if let warning = keys.warning(for: verifier.keys) { StandardError.writeLine(warning) }
        StandardOutput.writeLine(jwt.payload)
    }
}
