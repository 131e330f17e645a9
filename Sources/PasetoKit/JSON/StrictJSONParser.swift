/// A strict RFC 8259 parser for untrusted JSON.
///
/// Stricter than Foundation's decoders where it matters for tokens: duplicate member names are refused
/// (the PASETO specification requires unique keys), invalid UTF-8 and lone surrogate escapes are refused,
/// numbers must follow the grammar exactly and are kept as text, nothing may follow the top-level value,
/// and depth and member count are bounded while parsing.
package struct StrictJSONParser: ~Copyable {
    private let bytes: UnsafeRawBufferPointer
    private let limits: JSONLimits
    private var index = 0
    private var memberCount = 0

    private init(bytes: UnsafeRawBufferPointer, limits: JSONLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Parses one JSON document.
    ///
    /// - Throws: ``StrictJSONError``.
    package static func parse(_ bytes: UnsafeRawBufferPointer, limits: JSONLimits) throws -> JSONValue {
        var parser = StrictJSONParser(bytes: bytes, limits: limits)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.syntax("the end of the document") }
        return value
    }

    /// Parses one JSON document from an array.
    package static func parse(_ bytes: [UInt8], limits: JSONLimits) throws -> JSONValue {
        try bytes.withUnsafeBytes { try parse($0, limits: limits) }
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws -> JSONValue {
        guard index < bytes.count else { throw syntax("a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try parseObject(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try parseArray(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw syntax("a value")
        }
    }

    private mutating func parseObject(depth: Int) throws -> JSONObject {
        guard depth <= limits.maximumDepth else { throw StrictJSONError.depthExceeded(limit: limits.maximumDepth) }
        index += 1  // {
        var members: [JSONObject.Member] = []
        members.reserveCapacity(8)
        // Names are compared as exact bytes, not by canonical equivalence (RFC 8259 §8.3): "é" and "e\u0301"
        // are two names. Built only for larger objects; small ones compare linearly.
        var names: Set<ExactText>?
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return JSONObject(uniqueMembers: members) }
        while true {
            memberCount += 1
            guard memberCount <= limits.maximumMembers else {
                throw StrictJSONError.tooManyMembers(limit: limits.maximumMembers)
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw syntax("a member name") }
            let name = try parseString()
            if members.count >= 16 {
                if names == nil { names = Set(members.map { ExactText($0.name) }) }
                guard names?.insert(ExactText(name)).inserted == true else {
                    throw StrictJSONError.duplicateMember(name: name)
                }
            } else if members.contains(where: { $0.name.isExactly(name) }) {
                throw StrictJSONError.duplicateMember(name: name)
            }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw syntax("':'") }
            skipWhitespace()
            members.append(JSONObject.Member(name: name, value: try parseValue(depth: depth)))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) {
                skipWhitespace()
                continue
            }
            guard consume(UInt8(ascii: "}")) else { throw syntax("',' or '}'") }
            return JSONObject(uniqueMembers: members)
        }
    }

    private mutating func parseArray(depth: Int) throws -> [JSONValue] {
        guard depth <= limits.maximumDepth else { throw StrictJSONError.depthExceeded(limit: limits.maximumDepth) }
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return elements }
        while true {
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) {
                skipWhitespace()
                continue
            }
            guard consume(UInt8(ascii: "]")) else { throw syntax("',' or ']'") }
            return elements
        }
    }

    // MARK: Scalars

    private mutating func parseNumber() throws -> JSONNumber {
        let start = index
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            // A leading zero stands alone.
        } else {
            guard consumeDigits() > 0 else { throw syntax("a digit") }
        }
        if consume(UInt8(ascii: ".")) {
            guard consumeDigits() > 0 else { throw syntax("a digit after '.'") }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard consumeDigits() > 0 else { throw syntax("a digit in the exponent") }
        }
        let literal = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return JSONNumber(validatedLiteral: literal)
    }

    private mutating func consumeDigits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func parseString() throws -> String {
        index += 1  // opening quote
        let start = index
        var hasEscapes = false
        while true {
            guard index < bytes.count else { throw syntax("'\"' to close the string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw syntax("no control character inside a string") }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 2  // the escape's second byte is checked when unescaping
            } else {
                index += 1
            }
        }
        guard index < bytes.count else { throw syntax("'\"' to close the string") }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
        index += 1  // closing quote
        if !hasEscapes {
            guard let text = Self.validatedString(raw) else {
                throw StrictJSONError.invalidUTF8(offset: start)
            }
            return text
        }
        return try unescape(raw, offset: start)
    }

    private func unescape(_ raw: UnsafeRawBufferPointer, offset: Int) throws -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var position = 0
        while position < raw.count {
            let byte = raw[position]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                position += 1
                continue
            }
            guard position + 1 < raw.count else {
                throw StrictJSONError.syntax(offset: offset + position, expected: "an escape")
            }
            let escape = raw[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = try unicodeEscape(raw, at: &position, offset: offset)
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw StrictJSONError.syntax(offset: offset + position - 1, expected: "a valid escape")
            }
        }
        guard let text = output.withUnsafeBytes({ Self.validatedString($0) }) else {
            throw StrictJSONError.invalidUTF8(offset: offset)
        }
        return text
    }

    /// Reads the hex digits after `\u` (and a following `\uDC00`-`\uDFFF` for a high surrogate).
    private func unicodeEscape(
        _ raw: UnsafeRawBufferPointer,
        at position: inout Int,
        offset: Int
    ) throws -> Unicode.Scalar {
        func hexQuad() throws -> UInt32 {
            guard position + 4 <= raw.count else {
                throw StrictJSONError.syntax(offset: offset + position, expected: "four hex digits")
            }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = hexValue(raw[position]) else {
                    throw StrictJSONError.syntax(offset: offset + position, expected: "a hex digit")
                }
                value = value << 4 | digit
                position += 1
            }
            return value
        }
        let first = try hexQuad()
        if (0xDC00...0xDFFF).contains(first) {
            throw StrictJSONError.syntax(offset: offset + position, expected: "no lone low surrogate")
        }
        guard (0xD800...0xDBFF).contains(first) else {
            // Cannot fail: not a surrogate.
            return Unicode.Scalar(first) ?? "\u{FFFD}"
        }
        guard position + 2 <= raw.count, raw[position] == UInt8(ascii: "\\"), raw[position + 1] == UInt8(ascii: "u")
        else {
            throw StrictJSONError.syntax(offset: offset + position, expected: "a low surrogate after a high one")
        }
        position += 2
        let second = try hexQuad()
        guard (0xDC00...0xDFFF).contains(second) else {
            throw StrictJSONError.syntax(offset: offset + position, expected: "a low surrogate after a high one")
        }
        let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        guard let scalar = Unicode.Scalar(combined) else {
            throw StrictJSONError.syntax(offset: offset + position, expected: "a valid code point")
        }
        return scalar
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    // MARK: Helpers

    /// `bytes` as a string when they are valid UTF-8. Pure ASCII, the usual case for claims, is copied
    /// directly; anything else goes through the standard library's full validation, which is much slower
    /// (it is generic and looks up type metadata on every call).
    static func validatedString(_ bytes: UnsafeRawBufferPointer) -> String? {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        guard combined & 0x80 != 0 else {
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                UnsafeMutableRawBufferPointer(output).copyMemory(from: bytes)
                return bytes.count
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count,
            UnsafeRawBufferPointer(rebasing: bytes[index..<(index + count)])
                .elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: count))
        else { throw syntax("'\(literal)'") }
        index += count
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func syntax(_ expected: String) -> StrictJSONError {
        .syntax(offset: index, expected: expected)
    }
}
