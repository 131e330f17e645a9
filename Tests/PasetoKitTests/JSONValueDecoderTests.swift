import Foundation
import Testing

@testable import PasetoKit

private struct Inner: Codable, Equatable {
    var b: Int
}

private struct Outer: Codable, Equatable {
    var a: [Inner]
}

private struct Optionals: Codable, Equatable {
    var a: Int?
    var b: String?
}

private struct Required: Codable, Equatable {
    var a: Int
}

/// Records what the keyed container reports.
private struct KeyReport: Decodable {
    enum Keys: String, CodingKey {
        case a, z, missing
    }

    var allKeys: [Keys]
    var containsA: Bool
    var containsMissing: Bool
    var aIsNil: Bool
    var zIsNil: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        allKeys = container.allKeys
        containsA = container.contains(.a)
        containsMissing = container.contains(.missing)
        aIsNil = try container.decodeNil(forKey: .a)
        zIsNil = try container.decodeNil(forKey: .z)
    }
}

/// Asks `decodeNil(forKey:)` about a member that is not there.
private struct NilOfMissing: Decodable {
    init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: KeyReport.Keys.self).decodeNil(forKey: .missing)
    }
}

/// Reads three elements from an array.
private struct Triple: Decodable {
    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        for _ in 0..<3 { _ = try container.decode(Int.self) }
    }
}

/// Tries an Int, then a String, on the same element: a failed decode must not advance.
private struct IntOrString: Decodable, Equatable {
    var values: [String]
    var count: Int?

    init(values: [String], count: Int?) {
        self.values = values
        self.count = count
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        count = container.count
        values = []
        while !container.isAtEnd {
            if try container.decodeNil() {
                values.append("nil")
            } else if let number = try? container.decode(Int.self) {
                values.append(String(number))
            } else {
                values.append(try container.decode(String.self))
            }
        }
    }
}

@Suite("JSONValue decoding: strict kinds, nil handling and coding paths")
struct JSONValueDecoderTests {
    @Test("Nothing is coerced between kinds")
    func strictKinds() throws {
        let cases: [(any Decodable.Type, JSONValue)] = [
            (Int.self, .string("1")), (String.self, JSONValueTesting.number("1")),
            (Bool.self, JSONValueTesting.number("1")),
            (Bool.self, .string("true")), (Bool.self, JSONValueTesting.number("0")), (String.self, .bool(true)),
            ([Int].self, .object(JSONObject())), (Inner.self, .array([])), ([String: Int].self, .string("{}")),
        ]
        for (type, value) in cases {
            let error = #expect(throws: DecodingError.self) { try JSONValueDecoder.decode(type, from: value) }
            #expect(error.map(DecodingFailure.init) == .typeMismatch, "\(type) from \(value.kindName)")
        }
        #expect(try JSONValueDecoder.decode(Bool.self, from: .bool(true)))
    }

    @Test("Errors carry the full coding path")
    func codingPaths() throws {
        let mismatch = #expect(throws: DecodingError.self) {
            try JSONValueTesting.decode(Outer.self, #"{"a":[{"b":1},{"b":"x"}]}"#)
        }
        #expect(mismatch.map(DecodingFailure.init) == .typeMismatch)
        #expect(mismatch?.path == ["a", "Index 1", "b"])
        #expect(mismatch?.context?.codingPath.map(\.intValue) == [nil, 1, nil])

        let missing = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(Outer.self, #"{"a":[{}]}"#) }
        #expect(missing.map(DecodingFailure.init) == .keyNotFound("b"))
        #expect(missing?.path == ["a", "Index 0"])

        let nested = #expect(throws: DecodingError.self) {
            try JSONValueTesting.decode([String: [String: Int]].self, #"{"x":{"y":1,"z":1.5}}"#)
        }
        #expect(nested?.path == ["x", "z"])

        let atEnd = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(Triple.self, "[1,2]") }
        #expect(atEnd.map(DecodingFailure.init) == .valueNotFound)
        #expect(atEnd?.path == ["Index 2"])
    }

    @Test("decodeIfPresent: missing and null are nil, a wrong kind still fails")
    func optionals() throws {
        #expect(try JSONValueTesting.decode(Optionals.self, "{}") == Optionals(a: nil, b: nil))
        #expect(try JSONValueTesting.decode(Optionals.self, #"{"a":null,"b":null}"#) == Optionals(a: nil, b: nil))
        #expect(try JSONValueTesting.decode(Optionals.self, #"{"a":1,"b":"x"}"#) == Optionals(a: 1, b: "x"))
        let wrong = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(Optionals.self, #"{"a":"1"}"#) }
        #expect(wrong.map(DecodingFailure.init) == .typeMismatch)
        #expect(wrong?.path == ["a"])

        let null = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(Required.self, #"{"a":null}"#) }
        #expect(null.map(DecodingFailure.init) == .valueNotFound)
        #expect(null?.path == ["a"])
        let absent = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(Required.self, "{}") }
        #expect(absent.map(DecodingFailure.init) == .keyNotFound("a"))

        #expect(try JSONValueTesting.decode([Int?].self, "[1,null,3]") == [1, nil, 3])
        #expect(try JSONValueTesting.decode(Int?.self, "null") == nil)
        let dictionary = try JSONValueTesting.decode([String: Int?].self, #"{"k":null}"#)
        #expect(dictionary.count == 1 && dictionary["k"] == .some(nil))
        let topNull = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(Int.self, "null") }
        #expect(topNull.map(DecodingFailure.init) == .valueNotFound)
        #expect(topNull?.path == [])
    }

    @Test("allKeys keeps document order and drops unknown names; contains and decodeNil see null members")
    func keyedContainer() throws {
        let report = try JSONValueTesting.decode(KeyReport.self, #"{"z":1,"unknown":2,"a":null}"#)
        #expect(report.allKeys == [.z, .a])
        #expect(report.containsA && !report.containsMissing)
        #expect(report.aIsNil && !report.zIsNil)

        let error = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(NilOfMissing.self, #"{"a":1}"#) }
        #expect(error.map(DecodingFailure.init) == .keyNotFound("missing"))
    }

    @Test("Unkeyed containers report count and do not advance past a failed decode")
    func unkeyedContainer() throws {
        let decoded = try JSONValueTesting.decode(IntOrString.self, #"[1,"x",null,2]"#)
        #expect(decoded == IntOrString(values: ["1", "x", "nil", "2"], count: 4))
    }

    @Test("Decoding errors never contain a string's content")
    func secretsStayOut() throws {
        let secret = JSONValue.string("hunter2-SECRET")
        let types: [any Decodable.Type] = [
            Int.self, Double.self, Bool.self, Date.self, Data.self, [Int].self, Inner.self,
        ]
        for type in types {
            let error = #expect(throws: DecodingError.self) { try JSONValueDecoder.decode(type, from: secret) }
            #expect(error.map { String(describing: $0).contains("SECRET") } == false, "\(type)")
            #expect(error.map { String(reflecting: $0).contains("SECRET") } == false, "\(type)")
        }
    }
}
