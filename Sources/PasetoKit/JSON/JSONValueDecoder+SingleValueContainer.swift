/// The single-value container: reads the decoder's own value.
extension JSONValueDecoder {
    /// Reads the one value a ``Decoding`` holds.
    struct SingleValueContainer: SingleValueDecodingContainer {
        private let decoder: Decoding

        /// A container over `decoder`'s value.
        init(decoder: Decoding) {
            self.decoder = decoder
        }

        /// The keys from the top-level value down to this one.
        var codingPath: [any CodingKey] { decoder.codingPath }

        /// Whether the value is `null`.
        func decodeNil() -> Bool {
            decoder.value == .null
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            try JSONValueDecoder.unboxBool(decoder.value, codingPath: codingPath)
        }

        func decode(_ type: String.Type) throws -> String {
            try JSONValueDecoder.unboxString(decoder.value, codingPath: codingPath)
        }

        func decode(_ type: Double.Type) throws -> Double { try floatingPoint(type) }
        func decode(_ type: Float.Type) throws -> Float { try floatingPoint(type) }
        func decode(_ type: Int.Type) throws -> Int { try integer(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try decoder.decodeValue(as: type)
        }

        private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            try JSONValueDecoder.unboxInteger(decoder.value, as: type, codingPath: codingPath)
        }

        private func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type) throws -> T {
            try JSONValueDecoder.unboxFloatingPoint(decoder.value, as: type, codingPath: codingPath)
        }
    }
}
