/// The unkeyed container: reads the elements of one JSON array in order.
extension JSONValueDecoder {
    /// Reads the elements of one JSON array, front to back.
    ///
    /// As with Foundation, a failed `decode` does not advance: the caller may try another type.
    struct UnkeyedContainer: UnkeyedDecodingContainer {
        /// The keys from the top-level value down to this array.
        let codingPath: [any CodingKey]
        /// The position of the next element to read.
        private(set) var currentIndex = 0
        private let elements: [JSONValue]
        private let userInfo: [CodingUserInfoKey: Any]

        /// A container over `elements`, found at `codingPath`.
        init(elements: [JSONValue], codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
            self.elements = elements
            self.codingPath = codingPath
            self.userInfo = userInfo
        }

        /// The number of elements.
        var count: Int? { elements.count }

        /// Whether every element has been read.
        var isAtEnd: Bool { currentIndex >= elements.count }

        /// Reads the next element if it is `null`; leaves it for the next call otherwise.
        mutating func decodeNil() throws -> Bool {
            guard try next(Never?.self) == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool {
            try read { try JSONValueDecoder.unboxBool($0.value, codingPath: $0.codingPath) }
        }

        mutating func decode(_ type: String.Type) throws -> String {
            try read { try JSONValueDecoder.unboxString($0.value, codingPath: $0.codingPath) }
        }

        mutating func decode(_ type: Double.Type) throws -> Double { try floatingPoint(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try floatingPoint(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try integer(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try read { try $0.decodeValue(as: type) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try read { try $0.container(keyedBy: type) }
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try read { try $0.unkeyedContainer() }
        }

        /// A decoder for the next element.
        mutating func superDecoder() throws -> any Decoder {
            try read { $0 }
        }

        /// The next element, or `valueNotFound` for `type` when the array is exhausted.
        private func next(_ type: Any.Type) throws -> JSONValue {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(
                    type,
                    DecodingError.Context(
                        codingPath: codingPath + [JSONValueCodingKey(index: currentIndex)],
                        debugDescription: "The array has no more elements."
                    )
                )
            }
            return elements[currentIndex]
        }

        /// Applies `body` to a decoder for the next element, advancing only when it succeeds.
        private mutating func read<T>(_ body: (Decoding) throws -> T) throws -> T {
            let element = Decoding(
                value: try next(T.self),
                codingPath: codingPath + [JSONValueCodingKey(index: currentIndex)],
                userInfo: userInfo
            )
            let result = try body(element)
            currentIndex += 1
            return result
        }

        private mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            try read { try JSONValueDecoder.unboxInteger($0.value, as: type, codingPath: $0.codingPath) }
        }

        private mutating func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(
            _ type: T.Type
        ) throws -> T {
            try read { try JSONValueDecoder.unboxFloatingPoint($0.value, as: type, codingPath: $0.codingPath) }
        }
    }
}
