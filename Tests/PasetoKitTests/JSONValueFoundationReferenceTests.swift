import Foundation
import Testing

@testable import PasetoKit

/// Every integer type at its bounds, through the concrete keyed-container overloads.
struct JSONValueIntegerBounds: Codable, Equatable {
    var int: Int
    var int8: Int8
    var int16: Int16
    var int32: Int32
    var int64: Int64
    var uint: UInt
    var uint8: UInt8
    var uint16: UInt16
    var uint32: UInt32
    var uint64: UInt64

    static let maxima = JSONValueIntegerBounds(
        int: .max,
        int8: .max,
        int16: .max,
        int32: .max,
        int64: .max,
        uint: .max,
        uint8: .max,
        uint16: .max,
        uint32: .max,
        uint64: .max
    )
    static let minima = JSONValueIntegerBounds(
        int: .min,
        int8: .min,
        int16: .min,
        int32: .min,
        int64: .min,
        uint: .min,
        uint8: .min,
        uint16: .min,
        uint32: .min,
        uint64: .min
    )
}

@Suite("JSONValue coding agrees with Foundation's JSONEncoder and JSONDecoder")
struct JSONValueFoundationReferenceTests {
    private typealias Profile = JSONValueFixtures.Profile

    private func foundationTree(_ value: some Encodable, dates: Bool = false) throws -> JSONValue {
        let encoder = JSONEncoder()
        if dates { encoder.dateEncodingStrategy = .iso8601 }
        return try StrictJSONParser.parse(Array(encoder.encode(value)), limits: JSONLimits(maximumDepth: 64))
    }

    private func foundationDecode<T: Decodable>(_ type: T.Type, _ value: JSONValue) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(JSONWriter.bytes(of: value)))
    }

    @Test("Foundation's output, parsed strictly, decodes to the original")
    func foundationToOurs() throws {
        #expect(try JSONValueDecoder.decode(Profile.self, from: foundationTree(Profile.sample)) == Profile.sample)
        for bounds in [JSONValueIntegerBounds.maxima, .minima] {
            #expect(try JSONValueDecoder.decode(JSONValueIntegerBounds.self, from: foundationTree(bounds)) == bounds)
        }
    }

    @Test("Our output decodes with Foundation to the original")
    func oursToFoundation() throws {
        #expect(try foundationDecode(Profile.self, JSONValueEncoder.encode(Profile.sample)) == Profile.sample)
        for bounds in [JSONValueIntegerBounds.maxima, .minima] {
            #expect(try foundationDecode(JSONValueIntegerBounds.self, JSONValueEncoder.encode(bounds)) == bounds)
        }
    }

    @Test("Our tree equals Foundation's up to member order and number spelling")
    func sameTree() throws {
        let ours = try JSONValueEncoder.encode(Profile.sample)
        #expect(JSONValueTesting.canonical(ours) == JSONValueTesting.canonical(try foundationTree(Profile.sample)))
        for bounds in [JSONValueIntegerBounds.maxima, .minima] {
            // Integers are compared digit for digit: the canonical form keeps integer literals exact.
            #expect(
                JSONValueTesting.canonical(try JSONValueEncoder.encode(bounds))
                    == JSONValueTesting.canonical(try foundationTree(bounds))
            )
        }
    }

    @Test("Dates match Foundation's .iso8601 strategy both ways")
    func dates() throws {
        let seconds: [TimeInterval] = [
            0, -1, 1_795_428_900, 951_782_400, 4_102_444_800, -2_208_988_800, 253_402_300_799,
        ]
        let dates = seconds.map { Date(timeIntervalSince1970: $0) }
        let ours = try JSONValueEncoder.encode(dates)
        #expect(ours == (try foundationTree(dates, dates: true)))
        #expect(try foundationDecode([Date].self, ours) == dates)
        #expect(try JSONValueDecoder.decode([Date].self, from: foundationTree(dates, dates: true)) == dates)
    }

    @Test("Random finite doubles: Foundation reads back the same bits and writes the same numbers")
    func randomDoubles() throws {
        var generator = SeededGenerator()
        var doubles: [Double] = [
            0.1, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.leastNormalMagnitude, 1e20, 3,
        ]
        while doubles.count < 500 * testScale {
            let candidate = Double(bitPattern: generator.next())
            if candidate.isFinite { doubles.append(candidate) }
        }
        let ours = try JSONValueEncoder.encode(doubles)
        let back = try foundationDecode([Double].self, ours)
        #expect(back.map(\.bitPattern) == doubles.map(\.bitPattern))
        #expect(JSONValueTesting.canonical(ours) == JSONValueTesting.canonical(try foundationTree(doubles)))
        let fromFoundation = try JSONValueDecoder.decode([Double].self, from: foundationTree(doubles))
        // Foundation writes -0.0 as `-0`; both decode to negative zero, so bits match throughout.
        #expect(fromFoundation.map(\.bitPattern) == doubles.map(\.bitPattern))
    }
}
