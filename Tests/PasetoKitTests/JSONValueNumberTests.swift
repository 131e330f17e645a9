import Foundation
import Testing

@testable import PasetoKit

/// The integer types the decoder reads exactly.
protocol JSONValueTestInteger: FixedWidthInteger, Codable, Sendable {}
extension Int: JSONValueTestInteger {}
extension Int8: JSONValueTestInteger {}
extension Int16: JSONValueTestInteger {}
extension Int32: JSONValueTestInteger {}
extension Int64: JSONValueTestInteger {}
extension UInt: JSONValueTestInteger {}
extension UInt8: JSONValueTestInteger {}
extension UInt16: JSONValueTestInteger {}
extension UInt32: JSONValueTestInteger {}
extension UInt64: JSONValueTestInteger {}

private let integerTypes: [any JSONValueTestInteger.Type] = [
    Int.self, Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self,
    UInt64.self,
]

/// Encodes each field through the concrete unkeyed-container overloads.
private struct IntegerRow: Codable, Equatable {
    var bounds: JSONValueIntegerBounds

    init(_ bounds: JSONValueIntegerBounds) { self.bounds = bounds }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        bounds = JSONValueIntegerBounds(
            int: try container.decode(Int.self),
            int8: try container.decode(Int8.self),
            int16: try container.decode(Int16.self),
            int32: try container.decode(Int32.self),
            int64: try container.decode(Int64.self),
            uint: try container.decode(UInt.self),
            uint8: try container.decode(UInt8.self),
            uint16: try container.decode(UInt16.self),
            uint32: try container.decode(UInt32.self),
            uint64: try container.decode(UInt64.self)
        )
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(bounds.int)
        try container.encode(bounds.int8)
        try container.encode(bounds.int16)
        try container.encode(bounds.int32)
        try container.encode(bounds.int64)
        try container.encode(bounds.uint)
        try container.encode(bounds.uint8)
        try container.encode(bounds.uint16)
        try container.encode(bounds.uint32)
        try container.encode(bounds.uint64)
    }
}

@Suite("JSONValue coding: numbers")
struct JSONValueNumberTests {
    private func decodeFailure<T: Decodable>(_ type: T.Type, _ value: JSONValue) -> DecodingFailure? {
        let error = #expect(throws: DecodingError.self) { try JSONValueDecoder.decode(type, from: value) }
        return error.map(DecodingFailure.init)
    }

    @Test("Each integer type reads its bounds exactly and refuses one past them", arguments: integerTypes)
    func integerBounds(_ type: any JSONValueTestInteger.Type) throws {
        try checkBounds(type)
    }

    private func checkBounds<T: JSONValueTestInteger>(_ type: T.Type) throws {
        let max = String(T.max)
        let min = String(T.min)
        #expect(try JSONValueDecoder.decode(T.self, from: JSONValueTesting.number(max)) == T.max)
        #expect(try JSONValueDecoder.decode(T.self, from: JSONValueTesting.number(min)) == T.min)
        #expect(try JSONValueEncoder.encode(T.max) == JSONValueTesting.number(max))
        #expect(try JSONValueEncoder.encode(T.min) == JSONValueTesting.number(min))

        let aboveMax = JSONValueTesting.incremented(max)
        let belowMin = T.min == 0 ? "-1" : "-" + JSONValueTesting.incremented(String(min.dropFirst()))
        for literal in [aboveMax, belowMin, "1" + max, "1.0", "1e0", "0.5", "-0.0", "1E2"] {
            #expect(decodeFailure(T.self, JSONValueTesting.number(literal)) == .dataCorrupted, "\(literal)")
        }
        #expect(try JSONValueDecoder.decode(T.self, from: JSONValueTesting.number("-0")) == 0)
        #expect(try JSONValueDecoder.decode(T.self, from: JSONValueTesting.number("7")) == 7)
        // Hand-made literals the grammar forbids never reach Swift's permissive integer parser.
        for literal in ["+1", "0x10", " 1", ""] {
            #expect(decodeFailure(T.self, JSONValueTesting.number(literal)) == .dataCorrupted, "\(literal)")
        }
        for kind in [JSONValue.string("1"), .bool(true), .array([]), .object(JSONObject())] {
            #expect(decodeFailure(T.self, kind) == .typeMismatch)
        }
        #expect(decodeFailure(T.self, .null) == .valueNotFound)
    }

    @Test("Concrete keyed and unkeyed overloads round-trip every type's bounds")
    func concreteOverloads() throws {
        for bounds in [JSONValueIntegerBounds.maxima, .minima] {
            let keyed = try JSONValueEncoder.encode(bounds)
            #expect(try JSONValueDecoder.decode(JSONValueIntegerBounds.self, from: keyed) == bounds)
            let unkeyed = try JSONValueEncoder.encode(IntegerRow(bounds))
            #expect(try JSONValueDecoder.decode(IntegerRow.self, from: unkeyed) == IntegerRow(bounds))
        }
        #expect(
            try JSONValueTesting.encodedText(IntegerRow(.maxima))
                == "[9223372036854775807,127,32767,2147483647,9223372036854775807,18446744073709551615,255,65535,"
                + "4294967295,18446744073709551615]"
        )
    }

    @Test("256 into a UInt8 member fails with the member's coding path")
    func keyedOverflowPath() throws {
        var text = try JSONValueTesting.encodedText(JSONValueIntegerBounds.maxima)
        text = text.replacingOccurrences(of: #""uint8":255"#, with: #""uint8":256"#)
        let error = #expect(throws: DecodingError.self) {
            try JSONValueTesting.decode(JSONValueIntegerBounds.self, text)
        }
        #expect(error.map(DecodingFailure.init) == .dataCorrupted)
        #expect(error?.path == ["uint8"])

        let row = "[0,0,0,0,0,0,256,0,0,0]"
        let rowError = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(IntegerRow.self, row) }
        #expect(rowError?.path == ["Index 6"])
        #expect(rowError?.context?.codingPath.first?.intValue == 6)
    }

    @Test("Double and Float read any literal but refuse non-finite results")
    func floatingPointDecoding() throws {
        #expect(try JSONValueDecoder.decode(Double.self, from: JSONValueTesting.number("0.1")) == 0.1)
        #expect(try JSONValueDecoder.decode(Double.self, from: JSONValueTesting.number("1")) == 1)
        #expect(try JSONValueDecoder.decode(Double.self, from: JSONValueTesting.number("1E2")) == 100)
        #expect(try JSONValueDecoder.decode(Double.self, from: JSONValueTesting.number("1e-400")) == 0)
        let negativeZero = try JSONValueDecoder.decode(Double.self, from: JSONValueTesting.number("-0"))
        #expect(negativeZero == 0 && negativeZero.sign == .minus)
        #expect(
            try JSONValueDecoder.decode(Float.self, from: JSONValueTesting.number("3.4028235e38"))
                == .greatestFiniteMagnitude
        )
        #expect(try JSONValueDecoder.decode(Float.self, from: JSONValueTesting.number("0.1")) == Float(0.1))
        #expect(
            try JSONValueDecoder.decode(Double.self, from: JSONValueTesting.number("1.7976931348623157e308"))
                == .greatestFiniteMagnitude
        )

        for literal in ["1e400", "-1e400", "1.8e308"] {
            #expect(decodeFailure(Double.self, JSONValueTesting.number(literal)) == .dataCorrupted, "\(literal)")
        }
        for literal in ["1e39", "-3.5e38"] {
            #expect(decodeFailure(Float.self, JSONValueTesting.number(literal)) == .dataCorrupted, "\(literal)")
        }
        for literal in ["nan", "inf", "-infinity", "0x1p3"] {
            #expect(decodeFailure(Double.self, JSONValueTesting.number(literal)) == .dataCorrupted, "\(literal)")
        }
        #expect(decodeFailure(Double.self, .string("1.5")) == .typeMismatch)
        #expect(decodeFailure(Float.self, .null) == .valueNotFound)
    }

    @Test("Doubles encode as Swift's shortest round-trip text; integral ones keep `.0`")
    func floatingPointEncoding() throws {
        let cases: [(Double, String)] = [
            (3, "3.0"), (-0.0, "-0.0"), (0.1, "0.1"), (1e20, "1e+20"), (1.5e-7, "1.5e-07"),
            (.leastNonzeroMagnitude, "5e-324"),
            (.greatestFiniteMagnitude, "1.7976931348623157e+308"), (-2.5, "-2.5"),
        ]
        for (double, literal) in cases {
            #expect(try JSONValueEncoder.encode(double) == JSONValueTesting.number(literal))
        }
        #expect(try JSONValueEncoder.encode(Float(0.1)) == JSONValueTesting.number("0.1"))
        #expect(try JSONValueEncoder.encode(Float(3)) == JSONValueTesting.number("3.0"))
        // `3.0` is a float literal: it does not come back as an integer.
        #expect(decodeFailure(Int.self, try JSONValueEncoder.encode(3.0)) == .dataCorrupted)
    }

    @Test("Non-finite doubles and floats are refused with their coding path")
    func nonFinite() throws {
        for double in [Double.infinity, -.infinity, .nan] {
            let error = #expect(throws: EncodingError.self) { try JSONValueEncoder.encode(["a": [1, double]]) }
            #expect(error?.path == ["a", "Index 1"])
        }
        for float in [Float.infinity, -.infinity, .nan] {
            #expect(throws: EncodingError.self) { try JSONValueEncoder.encode(float) }
            #expect(throws: EncodingError.self) { try JSONValueEncoder.encode(JSONValueFloatBox(value: float)) }
            #expect(throws: EncodingError.self) { try JSONValueEncoder.encode([float]) }
        }
        #expect(try JSONValueEncoder.encode(JSONValueFloatBox(value: 1.5)) == JSONValueTesting.json(#"{"value":1.5}"#))
    }

    @Test("Random finite doubles encode as valid JSON numbers and decode to the same bits")
    func randomDoubles() throws {
        let grammar = #/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/#
        var generator = SeededGenerator()
        var checked = 0
        while checked < 2000 * testScale {
            let double = Double(bitPattern: generator.next())
            guard double.isFinite else { continue }
            checked += 1
            let value = try JSONValueEncoder.encode(double)
            guard case .number(let number) = value else {
                Issue.record("not a number")
                continue
            }
            #expect(try grammar.wholeMatch(in: number.literal) != nil, "\(number.literal)")
            #expect(try JSONValueDecoder.decode(Double.self, from: value).bitPattern == double.bitPattern)
        }
    }
}

/// A `Float` through the concrete keyed overload.
private struct JSONValueFloatBox: Codable {
    var value: Float
}
