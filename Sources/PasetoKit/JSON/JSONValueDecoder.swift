/// Decodes `Decodable` values from a ``JSONValue`` tree, strictly.
///
/// Nothing is coerced: integers come only from integer literals that fit the asked type exactly, floating-point
/// numbers must be finite, booleans come only from `true`/`false` and strings only from strings. Foundation
/// types JSON has a convention for are read from strings: `Date` as an RFC 3339 date-time (``RFC3339``),
/// `Data` as strict unpadded base64url (``Base64URL``), `URL` by `URL(string:)`.
///
/// Errors are Swift's `DecodingError`, with the coding path of the value at fault. Their descriptions name the
/// expected type and the kind of value found, never a string's content, because a token payload may be secret.
///
/// ```swift
/// let value = try StrictJSONParser.parse(bytes, limits: limits)
/// let claims = try JSONValueDecoder.decode(MyClaims.self, from: value)
/// ```
package enum JSONValueDecoder {
    /// Decodes a `T` from `value`.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - value: The JSON value, typically from ``StrictJSONParser``.
    ///   - userInfo: Context handed to `init(from:)` through `Decoder.userInfo`.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError` (`typeMismatch`, `valueNotFound`, `keyNotFound` or `dataCorrupted`), or any
    ///   error `T`'s `init(from:)` throws.
    package static func decode<T: Decodable>(
        _ type: T.Type,
        from value: JSONValue,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws -> T {
        try Decoding(value: value, codingPath: [], userInfo: userInfo).decodeValue(as: type)
    }
}

extension JSONValueDecoder {
    /// The `Decoder` handed to `init(from:)`: one JSON value at one coding path.
    struct Decoding: Decoder {
        /// The value being decoded.
        let value: JSONValue
        /// The keys from the top-level value down to ``value``.
        let codingPath: [any CodingKey]
        /// The caller's context.
        let userInfo: [CodingUserInfoKey: Any]

        /// A decoder for `value` at `codingPath`.
        init(value: JSONValue, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
            self.value = value
            self.codingPath = codingPath
            self.userInfo = userInfo
        }

        /// Reads the value's members; it must be an object.
        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .object(let object) = value else {
                throw JSONValueDecoder.mismatch([String: Any].self, found: value, codingPath: codingPath)
            }
            return KeyedDecodingContainer(KeyedContainer(object: object, codingPath: codingPath, userInfo: userInfo))
        }

        /// Reads the value's elements; it must be an array.
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard case .array(let elements) = value else {
                throw JSONValueDecoder.mismatch([Any].self, found: value, codingPath: codingPath)
            }
            return UnkeyedContainer(elements: elements, codingPath: codingPath, userInfo: userInfo)
        }

        /// Reads the value as one scalar or nested `Decodable`.
        func singleValueContainer() throws -> any SingleValueDecodingContainer {
            SingleValueContainer(decoder: self)
        }

        /// Decodes ``value`` as a `T`, reading `Date`, `Data` and `URL` from strings.
        func decodeValue<T: Decodable>(as type: T.Type) throws -> T {
            if let common = try JSONValueDecoder.commonValue(value, as: type, codingPath: codingPath) {
                return common
            }
            if let special = try JSONValueDecoder.unboxFoundationValue(value, as: type, codingPath: codingPath) {
                return special
            }
            return try T(from: self)
        }
    }
}

extension JSONValueDecoder {
    /// `String`, `Bool`, `Int`, `Double` and `[String]` read directly, without the generic `Decodable` path
    /// (for an array the standard library's generic `init(from:)` boxes a container per element and costs
    /// more than the whole token's cryptography). `nil` for every other type. The coding path is built only
    /// when an error is thrown.
    static func commonValue<T>(
        _ value: JSONValue,
        as type: T.Type,
        codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> T? {
        if type == String.self {
            return unsafeBitCast(try unboxString(value, codingPath: codingPath()), to: T.self)
        }
        if type == [String].self {
            guard case .array(let elements) = value else {
                throw mismatch([String].self, found: value, codingPath: codingPath())
            }
            var strings: [String] = []
            strings.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                strings.append(
                    try unboxString(element, codingPath: codingPath() + [JSONValueCodingKey(index: index)])
                )
            }
            return unsafeBitCast(strings, to: T.self)
        }
        if type == Bool.self {
            return unsafeBitCast(try unboxBool(value, codingPath: codingPath()), to: T.self)
        }
        if type == Int.self {
            return unsafeBitCast(try unboxInteger(value, as: Int.self, codingPath: codingPath()), to: T.self)
        }
        if type == Double.self {
            return unsafeBitCast(try unboxFloatingPoint(value, as: Double.self, codingPath: codingPath()), to: T.self)
        }
        return nil
    }
}
