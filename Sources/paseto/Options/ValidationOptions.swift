import ArgumentParser
import PasetoKit

/// The claim checks of `decrypt` and `verify`: on by default, `--no-validate` turns them all off.
struct ValidationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Require iss to equal this value.", valueName: "issuer"))
    var issuer: String?

    @Option(help: ArgumentHelp("Require aud to equal this value.", valueName: "audience"))
    var audience: String?

    @Option(help: ArgumentHelp("Require sub to equal this value.", valueName: "subject"))
    var subject: String?

    @Option(help: ArgumentHelp("Seconds of clock skew allowed on exp, nbf and iat (default 0).", valueName: "seconds"))
    var leeway: UInt?

    @Flag(help: "Skip every claim check (the token is still authenticated and its payload a strict JSON object).")
    var noValidate = false

    @Flag(help: "Accept a token without exp.")
    var allowNoExp = false

    func validate() throws {
        if noValidate, issuer != nil || audience != nil || subject != nil || allowNoExp || leeway != nil {
            throw ValidationError("--no-validate cannot be combined with claim checks")
        }
    }

    /// The rules these flags ask for, or `nil` with `--no-validate`.
    var rules: ClaimRules? {
        guard !noValidate else { return nil }
        var rules = ClaimRules(
            issuer: issuer,
            audience: audience,
            subject: subject,
            leeway: .seconds(Int64(leeway ?? 0))
        )
        rules.allowsMissingExpiration = allowNoExp
        return rules
    }

    /// Checks the verified payload: always a strict JSON object (the contract refuses duplicate member
    /// names), and its claims unless `--no-validate` was given.
    ///
    /// - Throws: ``PasetoError`` `invalid-payload`, `limit-exceeded`, `invalid-claim` and the validation codes.
    func check(_ payload: [UInt8]) throws {
        guard let rules else { return try ClaimSet.requireJSONObject(payload) }
        try rules.validate(try ClaimSet(payload: payload))
    }
}
