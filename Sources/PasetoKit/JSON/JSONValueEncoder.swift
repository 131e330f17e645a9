/// Encodes `Encodable` values into a ``JSONValue`` tree, which ``JSONWriter`` then turns into bytes.
///
/// Object members keep the order in which their keys were first encoded. Encoding a key twice into one
/// object is an error rather than an overwrite: a claims type that encodes its own fields and a wrapper's
/// registered claims into one container must not let either silently replace the other. Every keyed
/// container taken from one encoder shares one object, so a wrapper may encode its fields and then call
/// `wrapped.encode(to: encoder)` to produce a single flat object.
///
/// Integers are written as decimal literals; `Double` and `Float` as Swift's shortest round-trip text
/// (`3.0`, `0.1`, `1e+20`), and a non-finite one is an error. `Date` becomes an RFC 3339 UTC string
/// (``RFC3339/format(_:)``), `Data` unpadded base64url, `URL` its `absoluteString`.
///
/// ```swift
/// let value = try JSONValueEncoder.encode(claims)
/// let bytes = JSONWriter.bytes(of: value)
/// ```
package enum JSONValueEncoder {
    /// Encodes `value`, which may be of any kind at the top level (object, array or scalar).
    ///
    /// - Parameters:
    ///   - value: The value to encode.
    ///   - userInfo: Context handed to `encode(to:)` through `Encoder.userInfo`.
    /// - Returns: The JSON value.
    /// - Throws: `EncodingError.invalidValue` for a key encoded twice in one object, a non-finite number, a
    ///   date RFC 3339 cannot write, a container of one kind asked of an encoder already holding another, or a
    ///   value that encodes nothing at the top level; or any error `value`'s `encode(to:)` throws. The value an
    ///   `EncodingError` carries describes the problem (a key name, a type, a non-finite number), never the
    ///   caller's data, which may be secret.
    package static func encode<T: Encodable>(
        _ value: T,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws -> JSONValue {
        let context = Context(userInfo: userInfo)
        let root = Slot()
        try encode(value, into: root, codingPath: [], context: context)
        if let error = context.deferredError { throw error }
        guard let result = root.finish() else {
            throw invalidValue("\(T.self)", "Top-level \(T.self) did not encode any values.", codingPath: [])
        }
        return result
    }

    /// Encodes `value` into the empty `slot`: `Date`, `Data` and `URL` as strings, anything else through
    /// its `encode(to:)`.
    static func encode<T: Encodable>(
        _ value: T,
        into slot: Slot,
        codingPath: [any CodingKey],
        context: Context
    ) throws {
        if let special = try boxFoundationValue(value, codingPath: codingPath) {
            try store(special, in: slot, codingPath: codingPath)
        } else {
            try value.encode(to: Encoding(slot: slot, codingPath: codingPath, context: context))
        }
    }

    /// Stores a finished value in `slot`, which must still be empty.
    static func store(_ value: JSONValue, in slot: Slot, codingPath: [any CodingKey]) throws {
        guard slot.store(value) else { throw alreadyEncoded(codingPath: codingPath) }
    }

    /// The error for a second value at one position (through a single-value container).
    static func alreadyEncoded(codingPath: [any CodingKey]) -> EncodingError {
        invalidValue(
            "single value",
            "A value was already encoded at this position; a single-value container takes one value.",
            codingPath: codingPath
        )
    }

    /// `EncodingError.invalidValue` carrying `description` (not the caller's value) at `codingPath`.
    static func invalidValue(_ value: Any, _ description: String, codingPath: [any CodingKey]) -> EncodingError {
        .invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: description))
    }
}

extension JSONValueEncoder {
    /// The `Encoder` handed to `encode(to:)`: writes into one slot.
    struct Encoding: Encoder {
        /// Where the value goes.
        let slot: Slot
        /// The keys from the top-level value down to this one.
        let codingPath: [any CodingKey]
        /// Shared state of the whole `encode` call.
        let context: Context

        /// The caller's context.
        var userInfo: [CodingUserInfoKey: Any] { context.userInfo }

        /// The object at this position, shared by every keyed container of this encoder.
        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            guard let object = slot.object() else {
                context.record(conflict("a keyed container"))
                return KeyedEncodingContainer(
                    KeyedContainer(object: ObjectStorage(), codingPath: codingPath, context: context)
                )
            }
            return KeyedEncodingContainer(KeyedContainer(object: object, codingPath: codingPath, context: context))
        }

        /// The array at this position, shared by every unkeyed container of this encoder.
        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            guard let array = slot.array() else {
                context.record(conflict("an unkeyed container"))
                return UnkeyedContainer(array: ArrayStorage(), codingPath: codingPath, context: context)
            }
            return UnkeyedContainer(array: array, codingPath: codingPath, context: context)
        }

        /// A container for one value at this position.
        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValueContainer(encoder: self)
        }

        private func conflict(_ what: String) -> EncodingError {
            JSONValueEncoder.invalidValue(
                what,
                "Cannot take \(what) at a position that already holds a different kind of value.",
                codingPath: codingPath
            )
        }
    }
}
