import ArgumentParser
import Foundation
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
    var leeway: LeewaySeconds?

    @Flag(help: "Skip every claim check and print any payload as decrypted (the token is still authenticated).")
    var noValidate = false

    @Flag(help: "Accept a token without exp.")
    var allowNoExp = false

    func validate() throws {
        if noValidate, issuer != nil || audience != nil || subject != nil || allowNoExp || leeway != nil {
            throw ValidationError("--no-validate cannot be combined with claim checks")
        }
        try leeway?.requireWithinClock(now: Date())
    }

    /// The rules these flags ask for, or `nil` with `--no-validate`.
    var rules: ClaimRules? {
        guard !noValidate else { return nil }
        var rules = ClaimRules(
            issuer: issuer,
            audience: audience,
            subject: subject,
            leeway: .seconds(leeway?.seconds ?? 0)
        )
        rules.allowsMissingExpiration = allowNoExp
        return rules
    }

    /// Checks the claims of the verified payload, unless `--no-validate` was given: then any payload passes
    /// (JSON or not, an array, empty), as the contract has it, since the token itself is authenticated.
    ///
    /// - Throws: ``PasetoError`` `invalid-payload`, `limit-exceeded`, `invalid-claim` and the validation codes.
    func check(_ payload: [UInt8]) throws {
        guard let rules else { return }
        try rules.validate(try ClaimSet(payload: payload))
    }
}

/// `--leeway SECONDS`: a whole number of seconds that still names an instant RFC 3339 can write when added
/// to the clock (9999-12-31T23:59:59Z at the latest); a larger value is a usage error, never a trap.
struct LeewaySeconds: ExpressibleByArgument {
    let seconds: Int64

    init?(argument: String) {
        guard let seconds = Int64(argument), seconds >= 0 else { return nil }
        self.seconds = seconds
    }

    /// - Throws: `ValidationError` when `now` plus the leeway is past 9999-12-31T23:59:59Z.
    func requireWithinClock(now: Date) throws {
        guard Double(seconds) <= RFC3339.latest.timeIntervalSince(now) else {
            throw ValidationError("--leeway \(seconds) reaches past 9999-12-31T23:59:59Z, the end of the clock")
        }
    }
}
