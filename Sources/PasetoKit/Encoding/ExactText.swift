/// Byte-exact string comparison, for names and ids.
///
/// Swift's `String ==` (and `Hashable`, so `Set` and `Dictionary` keys) compares by Unicode canonical
/// equivalence: `"é"` (U+00E9) equals `"e\u{301}"`, and the Kelvin sign U+212A equals `"K"`. JSON member
/// names, `kid`s and claim values are compared as exact code points instead (RFC 7515 §5.3, RFC 8259 §8.3):
/// two spellings that differ in their bytes are different names, so one cannot stand in for the other.
package struct ExactText: Hashable, Sendable, CustomStringConvertible {
    /// The text, as given.
    package let text: String

    /// Wraps `text` for byte-exact comparison and hashing.
    package init(_ text: String) { self.text = text }

    /// Whether the UTF-8 bytes are the same.
    package static func == (lhs: ExactText, rhs: ExactText) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    /// Hashes the UTF-8 bytes, consistent with ``==(_:_:)``.
    package func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
        hasher.combine(0xFF as UInt8)  // never a UTF-8 byte: ends the text
    }

    package var description: String { text }
}

extension String {
    /// Whether `self` and `other` have the same UTF-8 bytes (not merely canonically equivalent).
    package func isExactly(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }
}

extension ExactText {
    /// Matches a `switch` over an ``ExactText`` against string constants, byte for byte.
    package static func ~= (pattern: String, value: ExactText) -> Bool { pattern.isExactly(value.text) }
}
