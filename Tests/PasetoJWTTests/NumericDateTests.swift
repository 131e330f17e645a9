import PasetoJWT
import Testing

/// NumericDate whole seconds come from the decimal literal, never from a rounded `Double`.
@Suite("NumericDate")
struct NumericDateTests {
    @Test(
        "floor and ceiling seconds of literals",
        arguments: [
            ("1700000000", 1_700_000_000, 1_700_000_000), ("1700000000.5", 1_700_000_000, 1_700_000_001),
            ("1700000000.9999999999999", 1_700_000_000, 1_700_000_001), ("1.7e9", 1_700_000_000, 1_700_000_000),
            ("17E8", 1_700_000_000, 1_700_000_000), ("1.7000000005e9", 1_700_000_000, 1_700_000_001),
            ("170000000000e-2", 1_700_000_000, 1_700_000_000), ("-1.5", -2, -1), ("0", 0, 0), ("0.0", 0, 0),
            ("-0", 0, 0), ("253402300799", 253_402_300_799, 253_402_300_799), ("0e999999", 0, 0),
        ] as [(String, Int64, Int64)]
    )
    func seconds(literal: String, floor: Int64, ceiling: Int64) throws {
        let date = try #require(NumericDate(literal: literal))
        #expect(date.floorSeconds == floor)
        #expect(date.ceilingSeconds == ceiling)
        #expect(date.literal == literal)
    }

    @Test(
        "numbers outside the years 0000-9999 are no date",
        arguments: ["253402300800", "1e300", "-62167219201", "1e99999999", "9e15"]
    )
    func outOfRange(literal: String) {
        #expect(NumericDate(literal: literal) == nil)
    }
}
