import Foundation
import Testing

@testable import PasetoKit

/// Helpers shared by the `JSONValue*Tests` suites.
enum JSONValueTesting {
    /// Parses `text` with the strict parser.
    static func json(_ text: String) throws -> JSONValue {
        try StrictJSONParser.parse(Array(text.utf8), limits: JSONLimits(maximumDepth: 64))
    }

    /// A number with the given literal, bypassing the parser.
    static func number(_ literal: String) -> JSONValue {
        .number(JSONNumber(validatedLiteral: literal))
    }

    /// The compact JSON text of `value`.
    static func text(_ value: JSONValue) -> String {
        JSONWriter.bytes(of: value).utf8Text
    }

    /// Encodes `value` and returns the compact JSON text.
    static func encodedText(_ value: some Encodable) throws -> String {
        text(try JSONValueEncoder.encode(value))
    }

    /// Decodes `T` from JSON text.
    static func decode<T: Decodable>(_ type: T.Type, _ jsonText: String) throws -> T {
        try JSONValueDecoder.decode(type, from: json(jsonText))
    }

    /// `value` with object members sorted by name and numbers spelled one way (`3.0` and `3` alike), so that
    /// our output and Foundation's can be compared regardless of member order and number style.
    static func canonical(_ value: JSONValue) -> JSONValue {
        switch value {
        case .null, .bool, .string: return value
        case .number(let number):
            if number.isIntegerLiteral, let integer = Int64(number.literal) { return self.number(String(integer)) }
            if number.isIntegerLiteral, let integer = UInt64(number.literal) { return self.number(String(integer)) }
            guard let double = Double(number.literal) else { return value }
            if double == double.rounded(), abs(double) < 0x1p53 { return self.number(String(Int64(double))) }
            return self.number(double.description)
        case .array(let elements): return .array(elements.map(canonical))
        case .object(let object):
            let members = object.members.sorted { $0.name < $1.name }
                .map { JSONObject.Member(name: $0.name, value: canonical($0.value)) }
            return .object(JSONObject(uniqueMembers: members))
        }
    }

    /// The decimal digits of `digits + 1`, for a non-negative decimal string.
    static func incremented(_ digits: String) -> String {
        var result = Array(digits.utf8)
        var position = result.count - 1
        while position >= 0 {
            if result[position] == UInt8(ascii: "9") {
                result[position] = UInt8(ascii: "0")
                position -= 1
            } else {
                result[position] += 1
                return result.utf8Text
            }
        }
        return "1" + result.utf8Text
    }
}

/// What kind of `DecodingError` a test saw, with its context.
enum DecodingFailure: Equatable {
    case typeMismatch, valueNotFound, keyNotFound(String), dataCorrupted

    init(_ error: DecodingError) {
        switch error {
        case .typeMismatch: self = .typeMismatch
        case .valueNotFound: self = .valueNotFound
        case .keyNotFound(let key, _): self = .keyNotFound(key.stringValue)
        case .dataCorrupted: self = .dataCorrupted
        @unknown default: self = .dataCorrupted
        }
    }
}

extension DecodingError {
    /// The context every case carries.
    var context: Context? {
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            context
        @unknown default: nil
        }
    }

    /// The coding path as key names.
    var path: [String] { context?.codingPath.map(\.stringValue) ?? [] }
}

extension EncodingError {
    /// The value and context of `invalidValue`.
    var invalid: (value: Any, context: Context)? {
        switch self {
        case .invalidValue(let value, let context): (value, context)
        @unknown default: nil
        }
    }

    /// The coding path as key names.
    var path: [String] { invalid?.context.codingPath.map(\.stringValue) ?? [] }
}
