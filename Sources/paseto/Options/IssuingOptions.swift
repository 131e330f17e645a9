import ArgumentParser
import Foundation
import PasetoKit

/// The time claims `encrypt` and `sign` add: a default `exp` of one hour, or `iat`, `nbf` and `exp` with
/// `--expires-in`, each only when the payload lacks it.
struct IssuingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Set iat and nbf to now and exp to now + DURATION when absent (e.g. 90s, 15m, 12h, 7d).",
            valueName: "duration"
        )
    )
    var expiresIn: ClaimDuration?

    @Flag(help: "Do not add the default exp of one hour.")
    var noDefaultExp = false

    func validate() throws {
        if expiresIn != nil, noDefaultExp {
            throw ValidationError("--expires-in and --no-default-exp cannot be combined")
        }
        if let expiresIn, Double(expiresIn.duration.components.seconds) > RFC3339.latest.timeIntervalSince(Date()) {
            throw ValidationError(
                "--expires-in \(expiresIn.text) reaches past 9999-12-31T23:59:59Z, the end of the clock"
            )
        }
    }

    /// The payload to issue: `payload` with the time claims these flags add. The payload is parsed once, by
    /// PasetoKit's strict reader (``ClaimSet/init(payload:limits:)``): one JSON object, unique member names,
    /// valid UTF-8, within the payload limits; numbers are kept as written.
    ///
    /// - Throws: ``InputError`` `invalid-input` when the payload is not a strict JSON object, is over the
    ///   limits, or a registered claim in it has the wrong type (a time that is not an RFC 3339 string).
    func completing(_ payload: [UInt8], now: Date = Date()) throws -> [UInt8] {
        let claims: ClaimSet
        do {
            claims = try ClaimSet(payload: payload)
        } catch let error as PasetoError {
            throw InputError.input("standard input: \(error.message)")
        }
        let lifetime = expiresIn?.duration ?? (noDefaultExp ? nil : .seconds(3600))
        do {
            return try claims.payloadAddingTimes(
                now: now,
                lifetime: lifetime,
                stampsIssuedAndNotBefore: expiresIn != nil
            ) ?? payload
        } catch let error as PasetoError {
            throw InputError.usage(error.message)
        }
    }
}

/// A duration written as a whole number and a unit: `s`, `m`, `h` or `d`.
struct ClaimDuration: ExpressibleByArgument {
    let duration: Duration
    /// The argument as written.
    let text: String

    init?(argument: String) {
        text = argument
        guard let unit = argument.last, let count = Int64(argument.dropLast()), count > 0 else { return nil }
        let seconds: Int64
        switch unit {
        case "s": seconds = 1
        case "m": seconds = 60
        case "h": seconds = 3600
        case "d": seconds = 86_400
        default: return nil
        }
        guard count <= Int64.max / seconds / 2 else { return nil }
        duration = .seconds(count * seconds)
    }
}
