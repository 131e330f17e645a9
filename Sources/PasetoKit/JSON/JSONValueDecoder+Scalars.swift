import Foundation

/// Reading scalars: numbers, booleans, strings and the Foundation types stored as strings.
///
/// Coding paths are autoclosures: they are built only when an error is thrown, never on the success path.
extension JSONValueDecoder {
    /// `true` or `false`.
    static func unboxBool(_ value: JSONValue, codingPath: @autoclosure () -> [any CodingKey]) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(Bool.self, found: value, codingPath: codingPath()) }
        return flag
    }

    /// A JSON string, as is.
    static func unboxString(_ value: JSONValue, codingPath: @autoclosure () -> [any CodingKey]) throws -> String {
        guard case .string(let text) = value else {
            throw mismatch(String.self, found: value, codingPath: codingPath())
        }
        return text
    }

    /// An integer literal (no fraction, no exponent) whose value `T` holds exactly.
    static func unboxInteger<T: FixedWidthInteger>(
        _ value: JSONValue,
        as type: T.Type,
        codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> T {
        guard case .number(let number) = value else { throw mismatch(type, found: value, codingPath: codingPath()) }
        guard number.isIntegerLiteral, hasNumberCharacters(number.literal) else {
            throw corrupted("Expected an integer literal (no fraction or exponent) for \(type).", codingPath())
        }
        guard let integer = T(number.literal, radix: 10) else {
            throw corrupted("Number does not fit in \(type).", codingPath())
        }
        return integer
    }

    /// Any number literal, rounded to the nearest `T`; refused when that is not finite (`1e400`).
    static func unboxFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: JSONValue,
        as type: T.Type,
        codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> T {
        guard case .number(let number) = value else { throw mismatch(type, found: value, codingPath: codingPath()) }
        guard hasNumberCharacters(number.literal), let result = T(number.literal), result.isFinite else {
            throw corrupted("Number is not representable as a finite \(type).", codingPath())
        }
        return result
    }

    /// `Date`, `Data` or `URL` read from a string, or `nil` when `type` is none of them.
    static func unboxFoundationValue<T>(
        _ value: JSONValue,
        as type: T.Type,
        codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> T? {
        if type == Date.self {
            let text = try unboxString(value, codingPath: codingPath())
            guard let date = RFC3339.parse(text) else {
                throw corrupted("Expected an RFC 3339 date-time string.", codingPath())
            }
            return date as? T
        }
        if type == Data.self {
            let text = try unboxString(value, codingPath: codingPath())
            guard let bytes = Base64URL.decode(text) else {
                throw corrupted("Expected an unpadded base64url string.", codingPath())
            }
            return Data(bytes) as? T
        }
        if type == URL.self {
            let text = try unboxString(value, codingPath: codingPath())
            guard let url = URL(string: text) else { throw corrupted("Expected a URL string.", codingPath()) }
            return url as? T
        }
        return nil
    }

    /// `valueNotFound` for `null`, `typeMismatch` for any other kind of value; names only the kind.
    static func mismatch(_ type: Any.Type, found value: JSONValue, codingPath: [any CodingKey]) -> DecodingError {
        if value == .null {
            return .valueNotFound(
                type,
                DecodingError.Context(codingPath: codingPath, debugDescription: "Expected \(type) but found null.")
            )
        }
        return .typeMismatch(
            type,
            DecodingError.Context(
                codingPath: codingPath,
                debugDescription: "Expected \(type) but found \(article(value.kindName)) \(value.kindName)."
            )
        )
    }

    /// `dataCorrupted` at `codingPath`.
    static func corrupted(_ description: String, _ codingPath: [any CodingKey]) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: description))
    }

    private static func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }

    /// Whether `literal` starts like a JSON number and uses only its characters. The parser has checked the
    /// grammar already; this keeps a hand-made literal such as `nan`, `+1` or `0x10` from reaching Swift's
    /// more permissive number parsers.
    private static func hasNumberCharacters(_ literal: String) -> Bool {
        guard let first = literal.utf8.first, first == UInt8(ascii: "-") || isDigit(first) else { return false }
        return literal.utf8.allSatisfy { byte in
            isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
