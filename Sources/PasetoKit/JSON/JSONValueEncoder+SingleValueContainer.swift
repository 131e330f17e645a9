/// The single-value container: writes the encoder's own position.
extension JSONValueEncoder {
    /// Writes one value into an ``Encoding``'s slot; a second value is `invalidValue`.
    struct SingleValueContainer: SingleValueEncodingContainer {
        private let encoder: Encoding

        /// A container writing into `encoder`'s slot.
        init(encoder: Encoding) {
            self.encoder = encoder
        }

        /// The keys from the top-level value down to this one.
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { try put(.null) }
        mutating func encode(_ value: Bool) throws { try put(.bool(value)) }
        mutating func encode(_ value: String) throws { try put(.string(value)) }
        mutating func encode(_ value: Double) throws { try put(JSONValueEncoder.box(value, codingPath: codingPath)) }
        mutating func encode(_ value: Float) throws { try put(JSONValueEncoder.box(value, codingPath: codingPath)) }
        mutating func encode(_ value: Int) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: Int8) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: Int16) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: Int32) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: Int64) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt8) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt16) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt32) throws { try put(JSONValueEncoder.box(value)) }
        mutating func encode(_ value: UInt64) throws { try put(JSONValueEncoder.box(value)) }

        /// Encodes `value` at this very position; the position must not hold anything yet.
        mutating func encode<T: Encodable>(_ value: T) throws {
            try requireEmpty()
            try JSONValueEncoder.encode(value, into: encoder.slot, codingPath: codingPath, context: encoder.context)
        }

        private func put(_ value: JSONValue) throws {
            try JSONValueEncoder.store(value, in: encoder.slot, codingPath: codingPath)
        }

        private func requireEmpty() throws {
            guard encoder.slot.isEmpty else { throw JSONValueEncoder.alreadyEncoded(codingPath: codingPath) }
        }
    }
}
