import ArgumentParser
import PasetoJWT

/// `--issuer`, `--audience`, `--subject`, `--leeway`: the claim checks of `jwt verify` and `jwt migrate`.
/// `exp` and `nbf` are always checked when present.
struct JWTClaimOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Require iss to equal this value.", valueName: "issuer"))
    var issuer: String?

    @Option(
        help: ArgumentHelp(
            "Require aud to be, or (an array) to hold, this value.",
            valueName: "audience"
        )
    )
    var audience: String?

    @Option(help: ArgumentHelp("Require sub to equal this value.", valueName: "subject"))
    var subject: String?

    @Option(help: ArgumentHelp("Seconds of clock skew allowed on exp and nbf (default 0).", valueName: "seconds"))
    var leeway: UInt?

    /// Whether any claim check was asked for.
    var isSet: Bool { issuer != nil || audience != nil || subject != nil || leeway != nil }

    /// The rules these flags ask for.
    var rules: JWTClaimRules {
        JWTClaimRules(issuer: issuer, audience: audience, subject: subject, leeway: .seconds(Int64(leeway ?? 0)))
    }
}
