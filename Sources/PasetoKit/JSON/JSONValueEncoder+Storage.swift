/// Reference-backed storage: every container writes into a slot its parent already holds, so nested
/// containers and super-encoders need no hand-back when they finish.
extension JSONValueEncoder {
    /// The place one JSON value will occupy: the top level, an object member or an array element.
    final class Slot {
        /// What a slot holds so far.
        enum Content {
            /// Nothing encoded yet.
            case empty
            /// A finished scalar (or `Date`, `Data`, `URL` string).
            case value(JSONValue)
            /// An object still being filled.
            case object(ObjectStorage)
            /// An array still being filled.
            case array(ArrayStorage)
        }

        /// The content so far.
        private(set) var content = Content.empty

        /// An empty slot.
        init() {}

        /// Whether nothing was encoded here yet.
        var isEmpty: Bool {
            if case .empty = content { return true }
            return false
        }

        /// Stores a finished value; `false` when the slot already holds something.
        func store(_ value: JSONValue) -> Bool {
            guard isEmpty else { return false }
            content = .value(value)
            return true
        }

        /// The object in this slot, created when the slot is empty; `nil` when it holds something else.
        /// Every keyed container of one encoder thus shares one object.
        func object() -> ObjectStorage? {
            switch content {
            case .empty:
                let object = ObjectStorage()
                content = .object(object)
                return object
            case .object(let object): return object
            case .value, .array: return nil
            }
        }

        /// The array in this slot, created when the slot is empty; `nil` when it holds something else.
        func array() -> ArrayStorage? {
            switch content {
            case .empty:
                let array = ArrayStorage()
                content = .array(array)
                return array
            case .array(let array): return array
            case .value, .object: return nil
            }
        }

        /// The finished value; `nil` when nothing was encoded.
        func finish() -> JSONValue? {
            switch content {
            case .empty: nil
            case .value(let value): value
            case .object(let object): .object(object.finish())
            case .array(let array): .array(array.finish())
            }
        }

        /// The finished value of a nested position: one that encoded nothing becomes `{}`, as in Foundation.
        func finishNested() -> JSONValue {
            finish() ?? .object(JSONObject())
        }
    }

    /// An object being filled: member slots in the order their names were first used, names unique.
    final class ObjectStorage {
        private var members: [(name: String, slot: Slot)] = []
        private var names: Set<ExactText> = []  // exact bytes, as the parser compares names

        /// An empty object.
        init() {}

        /// A new slot for the member `name`; `nil` when the object already has that member.
        func addMember(named name: String) -> Slot? {
            guard names.insert(ExactText(name)).inserted else { return nil }
            let slot = Slot()
            members.append((name, slot))
            return slot
        }

        /// The finished object.
        func finish() -> JSONObject {
            JSONObject(uniqueMembers: members.map { JSONObject.Member(name: $0.name, value: $0.slot.finishNested()) })
        }
    }

    /// An array being filled.
    final class ArrayStorage {
        private var elements: [Slot] = []

        /// An empty array.
        init() {}

        /// The number of elements so far.
        var count: Int { elements.count }

        /// A new slot at the end.
        func append() -> Slot {
            let slot = Slot()
            elements.append(slot)
            return slot
        }

        /// The finished array.
        func finish() -> [JSONValue] {
            elements.map { $0.finishNested() }
        }
    }

    /// What one `encode` call shares across all its encoders and containers.
    final class Context {
        /// The caller's context.
        let userInfo: [CodingUserInfoKey: Any]
        /// The first misuse found where the `Encoder` API cannot throw (a nested container or super-encoder
        /// for a key already used, a keyed container over an encoded scalar); thrown when encoding ends.
        private(set) var deferredError: (any Error)?

        /// A context carrying `userInfo`.
        init(userInfo: [CodingUserInfoKey: Any]) {
            self.userInfo = userInfo
        }

        /// Keeps `error` unless an earlier one is kept already.
        func record(_ error: any Error) {
            if deferredError == nil { deferredError = error }
        }
    }
}
