public import Foundation

/// A JWT NumericDate (RFC 7519 §2): a JSON number of seconds since 1970-01-01T00:00:00Z, possibly fractional,
/// read exactly from its literal.
///
/// The literal is kept and its whole seconds are computed from the decimal text, not through `Double`, so
/// `1700000000.9999999999` rounds down to `…000` and never up: a migrated `exp` is never later than the JWT's.
public struct NumericDate: Hashable, Sendable, CustomStringConvertible {
    /// The number as written, e.g. `1700000000` or `1.7e9`.
    public let literal: String
    /// The instant, as precise as `Double` allows.
    public let date: Date
    /// The largest whole second not after the instant.
    public let floorSeconds: Int64
    /// The smallest whole second not before the instant.
    public let ceilingSeconds: Int64

    /// 9999-12-31T23:59:59Z, the last second RFC 3339 can write.
    static let maximumSeconds: Int64 = 253_402_300_799

    /// Reads a JSON number literal; `nil` when it is not a number within the years 0000-9999.
    package init?(literal: String) {
        guard let (negative, integer, hasFraction) = Self.decompose(literal),
            integer <= Self.maximumSeconds + 1,
            let value = Double(literal), value.isFinite
        else { return nil }
        self.literal = literal
        date = Date(timeIntervalSince1970: value)
        let up = hasFraction ? integer + 1 : integer
        floorSeconds = negative ? -up : integer
        ceilingSeconds = negative ? -integer : up
        guard floorSeconds >= -62_167_219_200, ceilingSeconds <= Self.maximumSeconds else { return nil }
    }

    /// The literal.
    public var description: String { literal }

    /// Sign, whole part of the magnitude, and whether a non-zero fraction remains; `nil` for malformed text
    /// or a magnitude far outside any date.
    private static func decompose(_ literal: String) -> (negative: Bool, integer: Int64, hasFraction: Bool)? {
        var text = Substring(literal)
        let negative = text.first == "-"
        if negative { text = text.dropFirst() }
        var exponent = 0
        if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let exponentText = text[text.index(after: marker)...]
            guard exponentText.count <= 8, let value = Int(exponentText) else { return nil }
            exponent = value
            text = text[..<marker]
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = parts.count == 2 ? parts[1] : ""
        var digits = String(parts[0] + fraction)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        digits = String(digits.drop { $0 == "0" })
        if digits.isEmpty { return (negative, 0, false) }
        let scale = exponent - fraction.count  // value = digits × 10^scale
        let wholeDigits: Substring
        let fractionDigits: Substring
        if scale >= 0 {
            guard digits.count + scale <= 15 else { return nil }
            wholeDigits = Substring(digits + String(repeating: "0", count: scale))
            fractionDigits = ""
        } else {
            let cut = digits.count + scale
            wholeDigits = cut > 0 ? digits.prefix(cut) : ""
            fractionDigits = cut > 0 ? digits.dropFirst(cut) : Substring(digits)
        }
        guard wholeDigits.count <= 15 else { return nil }
        let integer = wholeDigits.isEmpty ? 0 : Int64(wholeDigits) ?? .max
        return (negative, integer, fractionDigits.contains { $0 != "0" })
    }
}
