/// The keyed container: reads the members of one JSON object.
extension JSONValueDecoder {
    /// Reads the members of one JSON object by key.
    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        /// The keys from the top-level value down to this object.
        let codingPath: [any CodingKey]
        private let object: JSONObject
        /// Member positions by name, so that decoding a large object (a `[String: T]`) stays linear.
        /// Positions by name, built only for large objects; small ones are searched linearly, which is faster
        /// than hashing every name of a typical claims object.
        private let positions: [ExactText: Int]?
        private let userInfo: [CodingUserInfoKey: Any]

        /// A container over `object`, found at `codingPath`.
        init(object: JSONObject, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
            self.object = object
            self.codingPath = codingPath
            self.userInfo = userInfo
            // Names are unique by JSONObject's contract; should one repeat, the first wins, as in its subscript.
            self.positions =
                object.members.count <= Self.linearSearchLimit
                ? nil
                : Dictionary(
                    object.members.enumerated().map { (ExactText($0.element.name), $0.offset) },
                    uniquingKeysWith: { first, _ in first }
                )
        }

        /// The members whose names `Key` knows, in document order.
        var allKeys: [Key] {
            object.members.compactMap { Key(stringValue: $0.name) }
        }

        /// Whether the object has a member for `key` (a `null` member counts).
        private static var linearSearchLimit: Int { 16 }

        private func position(of name: String) -> Int? {
            // Exact bytes, as the parser compares names: "é" does not find "e\u{301}".
            guard let positions else { return object.members.firstIndex { $0.name.isExactly(name) } }
            return positions[ExactText(name)]
        }

        func contains(_ key: Key) -> Bool {
            position(of: key.stringValue) != nil
        }

        /// Whether the member for `key` is `null`; a missing member is `keyNotFound`.
        func decodeNil(forKey key: Key) throws -> Bool {
            try member(key) == .null
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
            try JSONValueDecoder.unboxBool(member(key), codingPath: codingPath + [key])
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            try JSONValueDecoder.unboxString(member(key), codingPath: codingPath + [key])
        }

        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try floatingPoint(type, key) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try floatingPoint(type, key) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, key) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, key) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, key) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, key) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, key) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, key) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, key) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, key) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, key) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, key) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let value = try member(key)
            if let common = try JSONValueDecoder.commonValue(value, as: type, codingPath: codingPath + [key]) {
                return common
            }
            return try Decoding(value: value, codingPath: codingPath + [key], userInfo: userInfo).decodeValue(as: type)
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type,
            forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try decoder(for: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try decoder(for: key).unkeyedContainer()
        }

        /// A decoder for the `super` member, or for `null` when there is none (as Foundation does).
        func superDecoder() throws -> any Decoder {
            let key = JSONValueCodingKey.super
            return Decoding(value: object[key.stringValue] ?? .null, codingPath: codingPath + [key], userInfo: userInfo)
        }

        /// A decoder for the member for `key`, which must exist.
        func superDecoder(forKey key: Key) throws -> any Decoder {
            try decoder(for: key)
        }

        /// The value of the member for `key`, or `keyNotFound`.
        private func member(_ key: Key) throws -> JSONValue {
            guard let position = position(of: key.stringValue) else {
                throw DecodingError.keyNotFound(
                    key,
                    DecodingError.Context(
                        codingPath: codingPath,
                        debugDescription: "No member named \"\(key.stringValue)\"."
                    )
                )
            }
            return object.members[position].value
        }

        private func decoder(for key: Key) throws -> Decoding {
            Decoding(value: try member(key), codingPath: codingPath + [key], userInfo: userInfo)
        }

        private func integer<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws -> T {
            try JSONValueDecoder.unboxInteger(member(key), as: type, codingPath: codingPath + [key])
        }

        private func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(
            _ type: T.Type,
            _ key: Key
        ) throws -> T {
            try JSONValueDecoder.unboxFloatingPoint(member(key), as: type, codingPath: codingPath + [key])
        }
    }
}
