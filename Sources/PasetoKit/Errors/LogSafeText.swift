/// Makes text safe to put in an error message, a log line or a terminal (CWE-117).
///
/// Error messages quote text that an attacker controls: a JWT's `alg`, a `crit` entry, a footer `kid`, a
/// member name, a claim value, a line of a key file. Printed as they are, a newline in such text forges a
/// second log line (`HS256\nerror: ok: forged`) and an escape sequence drives the terminal. Every message
/// of ``PasetoError`` (and of PasetoJWT's error type) goes through ``escaped(_:)`` where it is made, so a
/// library user's logs are as safe as the command line's one `error: ` line.
///
/// Escaped: every C0 control (U+0000–U+001F), DEL and every C1 control (U+007F–U+009F), the Unicode line
/// and paragraph separators (U+2028, U+2029) and the bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which can reorder what a reader sees. `\n`, `\r` and `\t` become those two-character
/// escapes; the others become `\u{XX}`. Everything else, backslashes included, is kept as it is.
package enum LogSafeText {
    /// `text` with every control character escaped; `text` itself when it holds none (no copy).
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return result
    }

    /// Whether `text` holds a character that ``escaped(_:)`` would rewrite.
    package static func isSafe(_ text: String) -> Bool { !text.unicodeScalars.contains(where: needsEscape) }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
