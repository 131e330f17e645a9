/// The unkeyed container: appends the elements of one JSON array.
extension JSONValueEncoder {
    /// Appends elements to one array.
    struct UnkeyedContainer: UnkeyedEncodingContainer {
        /// The keys from the top-level value down to this array.
        let codingPath: [any CodingKey]
        private let array: ArrayStorage
        private let context: Context

        /// A container appending to `array`, found at `codingPath`.
        init(array: ArrayStorage, codingPath: [any CodingKey], context: Context) {
            self.array = array
            self.codingPath = codingPath
            self.context = context
        }

        /// The number of elements so far.
        var count: Int { array.count }

        mutating func encodeNil() throws { append(.null) }
        mutating func encode(_ value: Bool) throws { append(.bool(value)) }
        mutating func encode(_ value: String) throws { append(.string(value)) }
        mutating func encode(_ value: Double) throws { append(try JSONValueEncoder.box(value, codingPath: nextPath)) }
        mutating func encode(_ value: Float) throws { append(try JSONValueEncoder.box(value, codingPath: nextPath)) }
        mutating func encode(_ value: Int) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: Int8) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: Int16) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: Int32) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: Int64) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt8) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt16) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt32) throws { append(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt64) throws { append(JSONValueEncoder.box(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            let path = nextPath
            try JSONValueEncoder.encode(value, into: array.append(), codingPath: path, context: context)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            superEncoder().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            superEncoder().unkeyedContainer()
        }

        /// An encoder for a new element at the end.
        mutating func superEncoder() -> any Encoder {
            let path = nextPath
            return Encoding(slot: array.append(), codingPath: path, context: context)
        }

        /// The coding path of the element about to be appended.
        private var nextPath: [any CodingKey] {
            codingPath + [JSONValueCodingKey(index: array.count)]
        }

        private func append(_ value: JSONValue) {
            _ = array.append().store(value)
        }
    }
}
