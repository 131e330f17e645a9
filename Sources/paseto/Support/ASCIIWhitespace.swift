extension Array where Element == UInt8 {
    /// The bytes without leading and trailing ASCII whitespace (space, tab, LF, VT, FF, CR).
    func trimmingASCIIWhitespace() -> [UInt8] {
        guard let first = firstIndex(where: { !$0.isASCIIWhitespace }) else { return [] }
        return Array(self[first...]).trimmingTrailingASCIIWhitespace()
    }

    /// The bytes without trailing ASCII whitespace; leading bytes are kept as they are.
    func trimmingTrailingASCIIWhitespace() -> [UInt8] {
        guard let last = lastIndex(where: { !$0.isASCIIWhitespace }) else { return [] }
        return Array(self[...last])
    }
}

extension UInt8 {
    /// Space, tab, line feed, vertical tab, form feed or carriage return.
    fileprivate var isASCIIWhitespace: Bool {
        self == 0x20 || (0x09...0x0D).contains(self)
    }
}
