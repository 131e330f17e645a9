/// ASCII whitespace (space, tab, LF, VT, FF, CR) around text: what `init(paserk:)` ignores, and what the
/// command line trims from key files and standard input. Only ASCII: a no-break space is content.
extension UInt8 {
    /// Space, tab, line feed, vertical tab, form feed or carriage return.
    package var isASCIIWhitespace: Bool {
        self == 0x20 || (0x09...0x0D).contains(self)
    }
}

extension Array where Element == UInt8 {
    /// The bytes without leading and trailing ASCII whitespace.
    package func trimmingASCIIWhitespace() -> [UInt8] {
        guard let first = firstIndex(where: { !$0.isASCIIWhitespace }) else { return [] }
        return Array(self[first...]).trimmingTrailingASCIIWhitespace()
    }

    /// The bytes without trailing ASCII whitespace; leading bytes are kept as they are.
    package func trimmingTrailingASCIIWhitespace() -> [UInt8] {
        guard let last = lastIndex(where: { !$0.isASCIIWhitespace }) else { return [] }
        return Array(self[...last])
    }
}

extension String {
    /// The text without leading and trailing ASCII whitespace, as a slice of it.
    package func trimmingASCIIWhitespace() -> Substring {
        guard let first = utf8.firstIndex(where: { !$0.isASCIIWhitespace }),
            let last = utf8.lastIndex(where: { !$0.isASCIIWhitespace })
        else { return self[endIndex...] }
        // Both ends border ASCII whitespace (or the string's ends), which are always character boundaries.
        return self[first..<utf8.index(after: last)]
    }
}
