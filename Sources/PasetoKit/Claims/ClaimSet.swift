/// A read-only view of a verified payload, for ``ClaimRule``s: the registered claims and typed access to
/// every other member.
public struct ClaimSet: Sendable {
    /// The registered claims.
    public let registered: RegisteredClaims
    let object: JSONObject

    init(registered: RegisteredClaims, object: JSONObject) {
        self.registered = registered
        self.object = object
    }

    /// Whether the payload has a member named `name`.
    public func contains(_ name: String) -> Bool { object.contains(name) }

    /// The string value of `name`, or `nil` when absent or not a string.
    public func string(_ name: String) -> String? {
        guard case .string(let text)? = object[name] else { return nil }
        return text
    }

    /// The boolean value of `name`, or `nil` when absent or not a boolean.
    public func bool(_ name: String) -> Bool? {
        guard case .bool(let flag)? = object[name] else { return nil }
        return flag
    }

    /// The integer value of `name`, or `nil` when absent, not an integer literal, or out of range.
    public func int(_ name: String) -> Int? {
        guard case .number(let number)? = object[name], number.isIntegerLiteral else { return nil }
        return Int(number.literal)
    }

    /// The number value of `name`, or `nil` when absent, not a number, or not finite as a `Double`.
    public func double(_ name: String) -> Double? {
        guard case .number(let number)? = object[name], let value = Double(number.literal), value.isFinite else {
            return nil
        }
        return value
    }

    /// The strings of the array `name`, or `nil` when absent or not an array of strings only.
    public func strings(_ name: String) -> [String]? {
        guard case .array(let elements)? = object[name] else { return nil }
        var strings: [String] = []
        for element in elements {
            guard case .string(let text) = element else { return nil }
            strings.append(text)
        }
        return strings
    }
}
