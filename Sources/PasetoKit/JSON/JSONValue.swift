/// A parsed JSON value, as the strict reader produces it: members keep their order, numbers keep their
/// literal text (so `1e400` or a 30-digit integer never traps or silently rounds), and no object holds the
/// same member name twice.
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The kind with its article, for error messages (`a string`, `an array`, …).
    package var kindWithArticle: String {
        switch self {
        case .array, .object: "an \(kindName)"
        default: "a \(kindName)"
        }
    }

    /// A short name of the value's kind, for error messages (`string`, `number`, `object`, …).
    package var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON number as written: its literal text, already checked against the RFC 8259 grammar.
package struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    /// The literal, e.g. `-12`, `0.5`, `1e400`.
    package let literal: String

    /// Wraps a literal the parser has validated (or one the encoder produced from a finite number).
    package init(validatedLiteral literal: String) {
        self.literal = literal
    }

    /// Whether the literal has no fraction and no exponent.
    package var isIntegerLiteral: Bool {
        !literal.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    package var description: String { literal }
}

/// A JSON object: ordered members with unique names. Names are looked up and compared as exact bytes, never
/// by Unicode canonical equivalence (see ``ExactText``).
package struct JSONObject: Sendable, Equatable {
    /// One `"name": value` pair.
    package struct Member: Sendable, Equatable {
        package let name: String
        package var value: JSONValue

        package init(name: String, value: JSONValue) {
            self.name = name
            self.value = value
        }
    }

    /// The members in document order.
    package private(set) var members: [Member]

    /// An empty object.
    package init() { members = [] }

    /// An object from members whose names the caller guarantees unique (the parser checks them).
    package init(uniqueMembers: [Member]) { members = uniqueMembers }

    /// The value of the member named `name`, if any.
    package subscript(name: String) -> JSONValue? {
        members.first { $0.name.isExactly(name) }?.value
    }

    /// Whether a member named `name` exists.
    package func contains(_ name: String) -> Bool {
        members.contains { $0.name.isExactly(name) }
    }

    /// Appends a member, or replaces the value of an existing one with that name (keeping its position).
    package mutating func set(_ name: String, to value: JSONValue) {
        if let index = members.firstIndex(where: { $0.name.isExactly(name) }) {
            members[index].value = value
        } else {
            members.append(Member(name: name, value: value))
        }
    }

    /// The member names in order.
    package var names: [String] { members.map(\.name) }
}
