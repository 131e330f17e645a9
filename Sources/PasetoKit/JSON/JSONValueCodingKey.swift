/// A coding key made at run time, for the positions the `Codable` machinery has no key of its own for:
/// array elements in coding paths (`Index 3`, as Foundation names them) and the `super` member.
struct JSONValueCodingKey: CodingKey {
    /// The key's name.
    let stringValue: String
    /// The array position, for element keys.
    let intValue: Int?

    /// A member-name key.
    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    /// A key with an integer value, named by its decimal digits.
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    /// The key of the element at `index` of an array, for coding paths.
    init(index: Int) {
        self.stringValue = "Index \(index)"
        self.intValue = index
    }

    /// The member a keyed container's `superEncoder()` or `superDecoder()` uses.
    static let `super` = JSONValueCodingKey(stringValue: "super")
}
