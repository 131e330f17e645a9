import Foundation

/// Writing scalars: numbers and the Foundation types stored as strings.
extension JSONValueEncoder {
    /// An integer as a decimal literal.
    static func box<T: FixedWidthInteger>(_ value: T) -> JSONValue {
        .number(JSONNumber(validatedLiteral: String(value)))
    }

    /// A finite `Double` or `Float` as Swift's shortest round-trip text (`3.0`, `-0.0`, `1e+20`, `5e-324`),
    /// which is always a valid JSON number; a non-finite one is `invalidValue`.
    static func box<T: BinaryFloatingPoint & CustomStringConvertible>(
        _ value: T,
        codingPath: [any CodingKey]
    ) throws -> JSONValue {
        guard value.isFinite else {
            throw invalidValue(
                value,
                "JSON has no literal for the non-finite \(T.self) \(value).",
                codingPath: codingPath
            )
        }
        return .number(JSONNumber(validatedLiteral: value.description))
    }

    /// `Date`, `Data` or `URL` as a string, or `nil` when `value` is none of them.
    static func boxFoundationValue<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONValue? {
        if let date = value as? Date {
            guard let text = RFC3339.format(date) else {
                throw invalidValue(
                    "\(T.self)",
                    "The date is outside the years 0000-9999 that RFC 3339 can write.",
                    codingPath: codingPath
                )
            }
            return .string(text)
        }
        if let data = value as? Data {
            return .string(data.withUnsafeBytes { Base64URL.encode($0) })
        }
        if let url = value as? URL {
            return .string(url.absoluteString)
        }
        return nil
    }
}
