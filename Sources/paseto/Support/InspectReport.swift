import PasetoKit

/// The JSON object `paseto inspect` prints, members in the contract's order: `version`, `purpose`,
/// `footer`, `kid` and, for public tokens, `payload_unverified`. Nothing in it is verified.
///
/// Everything goes through PasetoKit's strict JSON reader and writer, so the output is valid JSON whatever
/// the token holds:
/// - `footer` is the footer text as a JSON string (invalid UTF-8 replaced by U+FFFD), or `null` without one;
/// - `kid` is the string `kid` of a footer that is a strict JSON object, else `null` — also when the footer has
///   two `kid`s (or any duplicate name), so inspect never picks one of them;
/// - `payload_unverified` is the signed message re-written as compact JSON when it is strict JSON, else its
///   text as a JSON string (for example `{"a":1,}` or a payload with a duplicate name), or `null` when the
///   token is too short to hold one.
struct InspectReport {
    /// The token, parsed but not verified.
    let token: UntrustedToken

    /// Bounds for reading the unverified parts: the claims API's payload limits (a footer is read with them
    /// too, so that any footer a key ring could read shows its kid).
    private static let limits = PasetoLimits().payload

    /// One line of JSON, e.g. `{"version": "v4", "purpose": "local", "footer": null, "kid": null}`.
    var json: String {
        var members: [(name: String, value: JSONValue)] = [
            ("version", .string(token.header.version.description)),
            ("purpose", .string(token.header.purpose.description)),
            ("footer", footer),
            ("kid", kid),
        ]
        if token.header.purpose == .public {
            members.append(("payload_unverified", payload))
        }
        let text = members.map { Self.text(.string($0.name)) + ": " + Self.text($0.value) }
        return "{" + text.joined(separator: ", ") + "}"
    }

    private var footer: JSONValue {
        token.untrustedFooter.isEmpty ? .null : .string(String(decoding: token.untrustedFooter, as: UTF8.self))
    }

    private var kid: JSONValue {
        guard case .object(let object)? = Self.strictJSON(token.untrustedFooter),
            case .string(let kid)? = object["kid"]
        else { return .null }
        return .string(kid)
    }

    private var payload: JSONValue {
        guard let bytes = token.untrustedPayload else { return .null }
        return Self.strictJSON(bytes) ?? .string(String(decoding: bytes, as: UTF8.self))
    }

    /// `bytes` as one strict JSON value, or `nil` when they are not one (syntax, UTF-8, a duplicate member
    /// name, or over the limits).
    private static func strictJSON(_ bytes: [UInt8]) -> JSONValue? {
        try? StrictJSONParser.parse(bytes, limits: limits)
    }

    private static func text(_ value: JSONValue) -> String {
        String(decoding: JSONWriter.bytes(of: value), as: UTF8.self)
    }
}
