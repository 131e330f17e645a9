import Foundation
import PasetoKit
import Testing

/// `encrypt`/`sign` claim flags: the default `exp`, `--expires-in`, `--no-default-exp`, and the strict input
/// they require. Exact-boundary times are unit-tested in PasetoKit; here every margin is wide.
@Suite("claim flags: encrypt and sign")
struct ClaimFlagTests {
    // MARK: default exp

    @Test("without flags an exp of now + 1 hour is added, and nothing else", arguments: ClaimPurpose.allCases)
    func defaultExpiration(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let now = Date()
        let token = try keys.token(#"{"sub":"alice","n":1}"#)
        let claims = try keys.checkedClaims(token)
        #expect(Set(claims.keys) == ["sub", "n", "exp"], "\(claims)")
        #expect(claims["sub"] as? String == "alice")
        let expiration = try ClaimTime.utcDate(claims["exp"])
        #expect(expiration >= now.addingTimeInterval(3590), "exp \(expiration), now \(now)")
        #expect(expiration <= now.addingTimeInterval(3610), "exp \(expiration), now \(now)")
    }

    @Test("a payload that has exp keeps its bytes exactly; no iat or nbf appear", arguments: ClaimPurpose.allCases)
    func existingExpirationKept(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{ "exp" : "2099-01-01T00:00:00Z", "sub":"alice" }"#
        let result = try PasetoCLI.run([keys.check, "--key", keys.checkingKey, try keys.token(payload)])
        expectSuccess(result, stdout: payload + "\n")
    }

    @Test("the issuing command prints nothing but the token", arguments: ClaimPurpose.allCases)
    func issuingPrintsOnlyTheToken(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        for flags in [[], ["--expires-in", "15m"], ["--no-default-exp"]] {
            let result = try PasetoCLI.run([keys.issue, "--key", keys.issuingKey] + flags, stdin: #"{"sub":"a"}"#)
            #expect(result.status == 0, "\(flags): \(result)")
            #expect(result.stderr == "", "\(flags): \(result)")
            #expect(result.stdoutLines.count == 1, "\(flags): \(result)")
            #expect(result.stdout.hasPrefix(purpose.tokenPrefix), "\(flags): \(result)")
        }
    }

    // MARK: --expires-in

    @Test("--expires-in 15m sets iat and nbf to now and exp to now + 900 s", arguments: ClaimPurpose.allCases)
    func expiresIn(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let now = Date()
        let token = try keys.token(#"{"sub":"alice"}"#, flags: ["--expires-in", "15m"])
        let claims = try keys.checkedClaims(token)
        #expect(Set(claims.keys) == ["sub", "iat", "nbf", "exp"], "\(claims)")
        let issuedAt = try ClaimTime.utcDate(claims["iat"])
        let notBefore = try ClaimTime.utcDate(claims["nbf"])
        let expiration = try ClaimTime.utcDate(claims["exp"])
        #expect(abs(issuedAt.timeIntervalSince(now)) <= 10, "iat \(issuedAt), now \(now)")
        #expect(notBefore == issuedAt)
        #expect(expiration.timeIntervalSince(issuedAt) == 900, "iat \(issuedAt), exp \(expiration)")
    }

    @Test(
        "--expires-in takes the units s, m, h and d",
        arguments: [("90s", 90.0), ("2m", 120), ("3h", 10_800), ("7d", 604_800), ("1d", 86_400)]
    )
    func expiresInUnits(duration: String, seconds: TimeInterval) throws {
        let keys = try ClaimPurpose.local.keys()
        let claims = try keys.checkedClaims(try keys.token("{}", flags: ["--expires-in", duration]))
        let issuedAt = try ClaimTime.utcDate(claims["iat"])
        let expiration = try ClaimTime.utcDate(claims["exp"])
        #expect(expiration.timeIntervalSince(issuedAt) == seconds, "\(claims)")
    }

    @Test("--expires-in leaves the iat, nbf and exp a payload has untouched", arguments: ClaimPurpose.allCases)
    func expiresInKeepsExistingTimes(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let now = Date()
        let token = try keys.token(
            #"{"iat":"2020-01-01T00:00:00Z","exp":"2099-01-01T00:00:00Z","sub":"alice"}"#,
            flags: ["--expires-in", "15m"]
        )
        let claims = try keys.checkedClaims(token)
        #expect(claims["iat"] as? String == "2020-01-01T00:00:00Z")
        #expect(claims["exp"] as? String == "2099-01-01T00:00:00Z")
        #expect(claims["sub"] as? String == "alice")
        // Only the absent nbf is added, and it is now.
        #expect(Set(claims.keys) == ["iat", "exp", "sub", "nbf"], "\(claims)")
        let notBefore = try ClaimTime.utcDate(claims["nbf"])
        #expect(abs(notBefore.timeIntervalSince(now)) <= 10, "nbf \(notBefore), now \(now)")
    }

    @Test("--expires-in on a payload that has all three times keeps its bytes exactly")
    func expiresInWithAllTimes() throws {
        let keys = try ClaimPurpose.public.keys()
        let payload =
            #"{"iat":"2020-01-01T00:00:00Z","nbf":"2021-06-01T12:00:00.5+02:00","exp":"2099-01-01T00:00:00Z"}"#
        let token = try keys.token(payload, flags: ["--expires-in", "1d"])
        expectSuccess(try PasetoCLI.run([keys.check, "--key", keys.checkingKey, token]), stdout: payload + "\n")
    }

    @Test(
        "an unknown or missing duration unit is a usage error (exit 2)",
        arguments: ["15w", "15", "15M", "15min", "1.5h", "m", "abc"]
    )
    func unknownDurationUnit(duration: String) throws {
        for purpose in ClaimPurpose.allCases {
            let keys = try purpose.keys()
            expectInputError(
                try PasetoCLI.run(
                    [keys.issue, "--key", keys.issuingKey, "--expires-in", duration],
                    stdin: #"{"sub":"a"}"#
                ),
                code: "usage"
            )
        }
    }

    @Test("--expires-in and --no-default-exp together are a usage error (exit 2)", arguments: ClaimPurpose.allCases)
    func expiresInWithNoDefault(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        for order in [["--expires-in", "15m", "--no-default-exp"], ["--no-default-exp", "--expires-in", "1h"]] {
            expectInputError(
                try PasetoCLI.run([keys.issue, "--key", keys.issuingKey] + order, stdin: #"{"sub":"a"}"#),
                code: "usage"
            )
        }
    }

    // MARK: --no-default-exp

    @Test(
        "--no-default-exp adds no exp; the token then needs --allow-no-exp",
        arguments: ClaimPurpose.allCases
    )
    func noDefaultExpiration(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{ "sub": "alice" }"#
        let token = try keys.token(payload, flags: ["--no-default-exp"])
        expectRejected(try PasetoCLI.run([keys.check, "--key", keys.checkingKey, token]), code: "missing-claim")
        expectSuccess(
            try PasetoCLI.run([keys.check, "--key", keys.checkingKey, "--allow-no-exp", token]),
            stdout: payload + "\n"
        )
    }

    // MARK: strict input

    @Test(
        "input with a duplicate member name is invalid-input (exit 2)",
        arguments: [
            #"{"sub":"a","sub":"b"}"#,
            #"{"sub":"a","sub":"b","exp":"2099-01-01T00:00:00Z"}"#,
            #"{"exp":"2099-01-01T00:00:00Z","exp":"2099-01-01T00:00:00Z"}"#,
            #"{"a":{"x":1,"x":2}}"#,
            #"{"a":[{"x":1,"x":1}]}"#,
        ]
    )
    func duplicateMemberInput(payload: String) throws {
        for purpose in ClaimPurpose.allCases {
            let keys = try purpose.keys()
            for flags in [[], ["--no-default-exp"], ["--expires-in", "15m"]] {
                expectInputError(
                    try PasetoCLI.run([keys.issue, "--key", keys.issuingKey] + flags, stdin: payload),
                    code: "invalid-input"
                )
            }
        }
    }

    @Test(
        "input that is not one JSON object is invalid-input (exit 2)",
        arguments: ["", "[]", #"["exp"]"#, #""text""#, "42", "null", "{", #"{"a":1} {"b":2}"#, #"{"a":1,}"#]
    )
    func notAnObject(input: String) throws {
        for purpose in ClaimPurpose.allCases {
            let keys = try purpose.keys()
            for flags in [[], ["--no-default-exp"]] {
                expectInputError(
                    try PasetoCLI.run([keys.issue, "--key", keys.issuingKey] + flags, stdin: input),
                    code: "invalid-input"
                )
            }
        }
    }

    @Test(
        "a time claim that is not an RFC 3339 string is invalid-input (exit 2)",
        arguments: [
            #"{"exp":4102444800}"#,
            #"{"exp":4102444800.5}"#,
            #"{"exp":"4102444800"}"#,
            #"{"exp":"2099-01-01"}"#,
            #"{"exp":"2099-01-01 00:00:00Z"}"#,
            #"{"exp":"2099-01-01T00:00:00"}"#,
            #"{"exp":"tomorrow"}"#,
            #"{"exp":null}"#,
            #"{"exp":"2099-01-01T00:00:00Z","nbf":1700000000}"#,
            #"{"exp":"2099-01-01T00:00:00Z","iat":"yesterday"}"#,
            #"{"exp":"2099-02-30T00:00:00Z"}"#,
        ]
    )
    func invalidTimeInput(payload: String) throws {
        for purpose in ClaimPurpose.allCases {
            let keys = try purpose.keys()
            for flags in [[], ["--no-default-exp"], ["--expires-in", "15m"]] {
                expectInputError(
                    try PasetoCLI.run([keys.issue, "--key", keys.issuingKey] + flags, stdin: payload),
                    code: "invalid-input"
                )
            }
        }
    }

    @Test(
        "times with fractional seconds and ±hh:mm offsets are accepted and kept as written",
        arguments: ClaimPurpose.allCases
    )
    func fractionalAndOffsetInput(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload =
            #"{"exp":"2099-01-01T00:00:00.123456+02:00","nbf":"2001-02-03T04:05:06.7-05:30","iat":"2001-02-03T04:05:06.000001Z"}"#
        let token = try keys.token(payload)
        expectSuccess(try PasetoCLI.run([keys.check, "--key", keys.checkingKey, token]), stdout: payload + "\n")
    }
}

// MARK: - Support

/// The two token purposes the claim flags apply to, with their commands and keys.
enum ClaimPurpose: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case local
    case `public`

    var testDescription: String { "v4.\(rawValue)" }

    /// `v4.local.` or `v4.public.`.
    var tokenPrefix: String { "v4.\(rawValue)." }

    /// A fresh key (or key pair) from `paseto keygen`.
    func keys() throws -> ClaimKeys {
        switch self {
        case .local:
            let key = try Fixtures.localKey()
            return ClaimKeys(purpose: self, issuingKey: key, checkingKey: key)
        case .public:
            let pair = try Fixtures.keyPair()
            return ClaimKeys(purpose: self, issuingKey: pair.secret, checkingKey: pair.public)
        }
    }
}

/// The key that issues and the key that checks, and the commands that use them.
struct ClaimKeys {
    let purpose: ClaimPurpose
    let issuingKey: String
    let checkingKey: String

    /// `encrypt` or `sign`.
    var issue: String { purpose == .local ? "encrypt" : "sign" }
    /// `decrypt` or `verify`.
    var check: String { purpose == .local ? "decrypt" : "verify" }

    /// A token from `paseto encrypt`/`sign` with `flags`, without its newline.
    func token(_ payload: String, flags: [String] = []) throws -> String {
        let result = try PasetoCLI.run([issue, "--key", issuingKey] + flags, stdin: payload)
        try #require(result.status == 0 && result.stderr == "", "\(result)")
        let token = try #require(result.stdoutLines.first, "\(result)")
        try #require(token.hasPrefix(purpose.tokenPrefix), "\(result)")
        return token
    }

    /// A token made with PasetoKit directly, holding `payload` byte for byte: the way to get payloads
    /// `encrypt`/`sign` refuse to issue (duplicate names, numeric times) into a real, authentic token.
    func rawToken(_ payload: String) throws -> String {
        switch purpose {
        case .local:
            return PasetoV4.Local.encrypt(Array(payload.utf8), using: try PasetoV4.Local.Key(paserk: issuingKey))
        case .public:
            return PasetoV4.Public.sign(Array(payload.utf8), using: try PasetoV4.Public.SecretKey(paserk: issuingKey))
        }
    }

    /// Runs `decrypt`/`verify` with `flags` on `token`.
    func checking(_ token: String, flags: [String] = []) throws -> CLIResult {
        try PasetoCLI.run([check, "--key", checkingKey] + flags + [token])
    }

    /// The claims `decrypt`/`verify --no-validate` prints for `token`, parsed with JSONSerialization.
    func checkedClaims(_ token: String) throws -> [String: Any] {
        let result = try checking(token, flags: ["--no-validate"])
        try #require(result.status == 0 && result.stderr == "", "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "\(result)")
    }
}

/// RFC 3339 texts and instants, made and read with Foundation (independently of PasetoKit).
enum ClaimTime {
    /// `now + seconds` as `YYYY-MM-DDTHH:MM:SSZ` (fraction dropped).
    static func utc(_ seconds: TimeInterval, from now: Date = Date()) -> String {
        text(now.addingTimeInterval(seconds), offsetMinutes: 0, fraction: nil)
    }

    /// `date` written in the local time of `offsetMinutes` east of UTC, e.g. `2026-01-01T12:00:00+02:00`,
    /// with `fraction` digits after the seconds when given.
    static func text(_ date: Date, offsetMinutes: Int, fraction: String?) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetMinutes * 60) ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        var text = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d",
            parts.year ?? 0,
            parts.month ?? 0,
            parts.day ?? 0,
            parts.hour ?? 0,
            parts.minute ?? 0,
            parts.second ?? 0
        )
        if let fraction { text += "." + fraction }
        guard offsetMinutes != 0 else { return text + "Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let magnitude = abs(offsetMinutes)
        return text + sign + String(format: "%02d:%02d", magnitude / 60, magnitude % 60)
    }

    /// The instant of a claim the tool wrote: it must be a UTC RFC 3339 string with whole seconds.
    static func utcDate(
        _ value: Any?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Date {
        let text = try #require(
            value as? String,
            "not a string: \(String(describing: value))",
            sourceLocation: sourceLocation
        )
        try #require(
            text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/) != nil,
            "not an RFC 3339 UTC date-time: \(text)",
            sourceLocation: sourceLocation
        )
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return try #require(formatter.date(from: text), "unparsable: \(text)", sourceLocation: sourceLocation)
    }
}
