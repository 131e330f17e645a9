import PasetoKit

/// The JSON object `paseto inspect` prints, members in the contract's order: `version`, `purpose`,
/// `footer`, `kid` and, for public tokens, `payload_unverified`. Nothing in it is verified.
struct InspectReport {
    /// The token, parsed but not verified.
    let token: UntrustedToken

    /// One line of JSON, e.g. `{"version": "v4", "purpose": "local", "footer": null, "kid": null}`.
    var json: String {
        var members: [(name: String, value: String)] = [
            ("version", JSONText.quoted(token.header.version.description)),
            ("purpose", JSONText.quoted(token.header.purpose.description)),
            ("footer", footer),
            ("kid", kid),
        ]
        if token.header.purpose == .public {
            members.append(("payload_unverified", payload))
        }
        return "{" + members.map { "\(JSONText.quoted($0.name)): \($0.value)" }.joined(separator: ", ") + "}"
    }

    /// The footer as text (invalid UTF-8 replaced), or `null` when the token has none.
    private var footer: String {
        token.untrustedFooter.isEmpty ? "null" : JSONText.quoted(String(decoding: token.untrustedFooter, as: UTF8.self))
    }

    /// The footer's `kid` when the footer is a JSON object with a string `kid`, else `null`.
    private var kid: String {
        JSONText.stringMember("kid", of: token.untrustedFooter).map(JSONText.quoted) ?? "null"
    }

    /// The signed message as JSON when it is JSON, else as a string (invalid UTF-8 replaced); `null` when the
    /// token is too short to hold one.
    private var payload: String {
        guard let bytes = token.untrustedPayload else { return "null" }
        return JSONText.compacted(bytes) ?? JSONText.quoted(String(decoding: bytes, as: UTF8.self))
    }
}
