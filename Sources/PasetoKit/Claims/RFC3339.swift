package import Foundation

/// RFC 3339 date-times, strictly: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
///
/// Parsing accepts any number of fractional digits and any offset (the instant is what counts), with an
/// uppercase `T` and `Z` only, real calendar dates (leap years included) and seconds 00-59. Formatting
/// always writes UTC with whole seconds and `Z`, e.g. `2026-11-23T10:15:00Z`.
package enum RFC3339 {
    /// The instant `text` names, or `nil` when it is not a strict RFC 3339 date-time.
    package static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, fractional seconds dropped (rounded down); `nil` for years outside
    /// 0000-9999, which RFC 3339 cannot write.
    package static func format(_ date: Date) -> String? {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite, seconds >= minimumSeconds, seconds <= maximumSeconds else { return nil }
        let total = Int64(seconds)
        let days = floorDivide(total, 86_400)
        let secondOfDay = Int(total - days * 86_400)
        let (year, month, day) = civilDate(fromDaysSinceEpoch: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "Z"
    }

    /// 9999-12-31T23:59:59Z, the last instant RFC 3339 can write.
    package static let latest = Date(timeIntervalSince1970: maximumSeconds)

    /// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z as Unix seconds.
    private static let minimumSeconds = -62_167_219_200.0
    private static let maximumSeconds = 253_402_300_799.0

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var reader = Reader(bytes: bytes)
        guard let year = reader.digits(4), reader.take("-"),
            let month = reader.digits(2), reader.take("-"),
            let day = reader.digits(2), reader.take("T"),
            let hour = reader.digits(2), reader.take(":"),
            let minute = reader.digits(2), reader.take(":"),
            let second = reader.digits(2)
        else { return nil }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        var fraction = 0.0
        if reader.take(".") {
            guard let value = reader.fraction() else { return nil }
            fraction = value
        }
        guard let offsetSeconds = reader.offset(), reader.isAtEnd else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let monthIndex = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * monthIndex + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of ``daysSinceEpoch(year:month:day:)`` (`civil_from_days`).
    private static func civilDate(fromDaysSinceEpoch days: Int64) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        let year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A cursor over ASCII bytes.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        /// Exactly `count` ASCII digits as a number.
        mutating func digits(_ count: Int) -> Int? {
            guard bytes.count - index >= count else { return nil }
            var value = 0
            for _ in 0..<count {
                let byte = bytes[index]
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                index += 1
            }
            return value
        }

        /// One or more digits after the decimal point, as a fraction of a second (digits past the
        /// nanosecond are read but do not change the value).
        mutating func fraction() -> Double? {
            var value = 0.0
            var scale = 0.1
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                if index - start < 9 {
                    value += Double(bytes[index] - UInt8(ascii: "0")) * scale
                    scale /= 10
                }
                index += 1
            }
            return index > start ? value : nil
        }

        /// `Z` (0) or `±HH:MM` as seconds east of UTC.
        mutating func offset() -> Int? {
            if take("Z") { return 0 }
            let sign: Int
            if take("+") {
                sign = 1
            } else if take("-") {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(2), take(":"), let minutes = digits(2), hours <= 23, minutes <= 59 else {
                return nil
            }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}
