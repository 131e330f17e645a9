/// The keyed container: writes the members of one JSON object, each name at most once.
extension JSONValueEncoder {
    /// Writes members into one object; a name already used in the object is `invalidValue`.
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        /// The keys from the top-level value down to this object.
        let codingPath: [any CodingKey]
        private let object: ObjectStorage
        private let context: Context

        /// A container writing into `object`, found at `codingPath`.
        init(object: ObjectStorage, codingPath: [any CodingKey], context: Context) {
            self.object = object
            self.codingPath = codingPath
            self.context = context
        }

        mutating func encodeNil(forKey key: Key) throws { try put(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { try put(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { try put(.string(value), key) }

        mutating func encode(_ value: Double, forKey key: Key) throws {
            try put(JSONValueEncoder.box(value, codingPath: codingPath + [key]), key)
        }

        mutating func encode(_ value: Float, forKey key: Key) throws {
            try put(JSONValueEncoder.box(value, codingPath: codingPath + [key]), key)
        }

        mutating func encode(_ value: Int, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(JSONValueEncoder.box(value), key) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let slot = try claim(key)
            try JSONValueEncoder.encode(value, into: slot, codingPath: codingPath + [key], context: context)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type,
            forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            encoder(forKey: key).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder(forKey: key).unkeyedContainer()
        }

        /// An encoder for the member `super`.
        mutating func superEncoder() -> any Encoder {
            encoder(forKey: JSONValueCodingKey.super)
        }

        /// An encoder for the member for `key`.
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            encoder(forKey: key)
        }

        /// A new member slot for `key`, or `invalidValue` naming the key when the object already has it.
        private func claim(_ key: some CodingKey) throws -> Slot {
            guard let slot = object.addMember(named: key.stringValue) else {
                throw JSONValueEncoder.invalidValue(
                    key.stringValue,
                    "The key \"\(key.stringValue)\" was already encoded in this object.",
                    codingPath: codingPath + [key]
                )
            }
            return slot
        }

        private func put(_ value: JSONValue, _ key: Key) throws {
            _ = try claim(key).store(value)
        }

        /// An encoder for a new member; the `Encoder` API cannot throw here, so a repeated key is recorded
        /// and thrown when encoding ends, and the returned encoder writes into a discarded slot.
        private func encoder(forKey key: some CodingKey) -> Encoding {
            let slot: Slot
            do {
                slot = try claim(key)
            } catch {
                context.record(error)
                slot = Slot()
            }
            return Encoding(slot: slot, codingPath: codingPath + [key], context: context)
        }
    }
}
