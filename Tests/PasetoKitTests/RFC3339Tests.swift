import Foundation
import Testing

@testable import PasetoKit

@Suite("RFC 3339 times")
struct RFC3339Tests {
    @Test(
        "Accepted forms and the instant each names",
        arguments: [
            ("2022-01-01T00:00:00+00:00", 1_640_995_200.0), ("2022-01-01T00:00:00Z", 1_640_995_200.0),
            ("2022-01-01T02:30:00+02:30", 1_640_995_200.0), ("2021-12-31T19:00:00-05:00", 1_640_995_200.0),
            ("2022-01-01T00:00:00.5Z", 1_640_995_200.5),
            ("2022-01-01T00:00:00.123456789123+00:00", 1_640_995_200.123456789),
            ("1970-01-01T00:00:00Z", 0), ("2024-02-29T12:00:00Z", 1_709_208_000), ("2000-02-29T00:00:00Z", 951_782_400),
            ("1969-12-31T23:59:59Z", -1), ("9999-12-31T23:59:59Z", 253_402_300_799),
            ("0000-01-01T00:00:00Z", -62_167_219_200),
        ]
    )
    func accepted(_ text: String, _ seconds: Double) throws {
        let date = try #require(RFC3339.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6)
    }

    @Test(
        "Refused forms",
        arguments: [
            "", "2022-01-01", "2022-01-01T00:00Z", "2022-01-01t00:00:00Z", "2022-01-01T00:00:00z",
            "2022-01-01 00:00:00Z",
            "2022-01-01T00:00:00", "2022-1-01T00:00:00Z", "22-01-01T00:00:00Z", "2022-13-01T00:00:00Z",
            "2022-00-01T00:00:00Z",
            "2022-01-32T00:00:00Z", "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2022-04-31T00:00:00Z",
            "2022-01-01T24:00:00Z", "2022-01-01T00:60:00Z", "2022-01-01T00:00:60Z", "2022-01-01T00:00:00.Z",
            "2022-01-01T00:00:00+0000", "2022-01-01T00:00:00+24:00", "2022-01-01T00:00:00+00:60",
            "2022-01-01T00:00:00+00",
            "2022-01-01T00:00:00Z ", " 2022-01-01T00:00:00Z", "2022-01-01T00:00:00ZZ", "1640995200", "yesterday",
            "２０２２-01-01T00:00:00Z",
        ]
    )
    func refused(_ text: String) {
        #expect(RFC3339.parse(text) == nil)
    }

    /// Foundation's formatter switches to the Julian calendar before 1582, while RFC 3339 is proleptic
    /// Gregorian, so the cross-check starts in 1600; the early anchors are known-answer cases above.
    @Test("Formatting is UTC with whole seconds and agrees with Foundation's ISO 8601 formatter after 1600")
    func formatting() throws {
        let reference = ISO8601DateFormatter()
        reference.timeZone = TimeZone(identifier: "UTC")
        var generator = SeededGenerator()
        for _ in 0..<2_000 {
            let seconds = Double(Int64.random(in: -11_676_096_000...253_000_000_000, using: &generator))
            let date = Date(timeIntervalSince1970: seconds)
            let text = try #require(RFC3339.format(date))
            #expect(text == reference.string(from: date))
            #expect(RFC3339.parse(text) == date)
        }
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1.999)) == "1970-01-01T00:00:01Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 253_402_300_800)) == nil)
        #expect(RFC3339.format(Date(timeIntervalSince1970: -62_167_219_201)) == nil)
    }
}
