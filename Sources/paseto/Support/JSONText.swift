import Foundation

/// The little JSON the commands need: validity checks with Foundation and hand-written output, so that the
/// members of `inspect` keep the contract's order.
///
/// Foundation's parser is a stand-in until PasetoKit has its strict one (duplicate names, depth caps).
enum JSONText {
    /// Whether `bytes` are UTF-8 text holding exactly one JSON object.
    static func isObject(_ bytes: [UInt8]) -> Bool {
        parse(bytes, fragments: false) is [String: Any]
    }

    /// The string member `name` of the JSON object in `bytes`; `nil` when there is no such object or member.
    static func stringMember(_ name: String, of bytes: [UInt8]) -> String? {
        (parse(bytes, fragments: false) as? [String: Any])?[name] as? String
    }

    /// `bytes` as compact JSON text (insignificant whitespace removed, members kept in their order and
    /// spelling), or `nil` when they are not one valid UTF-8 JSON value.
    static func compacted(_ bytes: [UInt8]) -> String? {
        guard parse(bytes, fragments: true) != nil else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                output.append(byte)
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                output.append(byte)
            } else if ![0x20, 0x09, 0x0A, 0x0D].contains(byte) {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The value in `bytes`, which must be UTF-8 (Foundation would also guess UTF-16 and UTF-32) without a
    /// byte order mark.
    private static func parse(_ bytes: [UInt8], fragments: Bool) -> Any? {
        guard String(validating: bytes, as: UTF8.self) != nil, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else {
            return nil
        }
        return try? JSONSerialization.jsonObject(with: Data(bytes), options: fragments ? [.fragmentsAllowed] : [])
    }
}
