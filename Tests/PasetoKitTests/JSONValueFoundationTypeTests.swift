import Foundation
import Testing

@testable import PasetoKit

private struct Stamped: Codable, Equatable {
    var at: Date
    var until: Date?
    var blob: Data
    var link: URL
}

@Suite("JSONValue coding: Date, Data and URL")
struct JSONValueFoundationTypeTests {
    private func failure<T: Decodable>(_ type: T.Type, _ value: JSONValue) -> DecodingFailure? {
        let error = #expect(throws: DecodingError.self) { try JSONValueDecoder.decode(type, from: value) }
        return error.map(DecodingFailure.init)
    }

    @Test("Dates encode as RFC 3339 UTC strings and decode from any offset")
    func dates() throws {
        #expect(try JSONValueEncoder.encode(Date(timeIntervalSince1970: 0)) == .string("1970-01-01T00:00:00Z"))
        #expect(
            try JSONValueEncoder.encode(Date(timeIntervalSince1970: 951_825_599)) == .string("2000-02-29T11:59:59Z")
        )
        #expect(
            try JSONValueDecoder.decode(Date.self, from: .string("1970-01-01T01:00:00+01:00"))
                == Date(timeIntervalSince1970: 0)
        )
        #expect(
            try JSONValueDecoder.decode(Date.self, from: .string("2000-02-29T11:59:59.250Z"))
                == Date(timeIntervalSince1970: 951_825_599.25)
        )
        for text in ["yesterday", "", "2000-02-30T00:00:00Z", "1970-01-01 00:00:00Z", "0"] {
            #expect(failure(Date.self, .string(text)) == .dataCorrupted, "\(text)")
        }
        #expect(failure(Date.self, JSONValueTesting.number("0")) == .typeMismatch)
        #expect(failure(Date.self, .null) == .valueNotFound)
    }

    @Test("A date RFC 3339 cannot write is refused with its coding path")
    func unwritableDate() throws {
        let farFuture = Date(timeIntervalSince1970: 253_402_300_800)  // 10000-01-01
        let error = #expect(throws: EncodingError.self) { try JSONValueEncoder.encode(["when": farFuture]) }
        #expect(error?.path == ["when"])
    }

    @Test("Data encodes as unpadded base64url and decodes only from canonical text")
    func data() throws {
        #expect(try JSONValueEncoder.encode(Data([0xFB, 0xFF])) == .string("-_8"))
        #expect(try JSONValueEncoder.encode(Data()) == .string(""))
        #expect(try JSONValueDecoder.decode(Data.self, from: .string("-_8")) == Data([0xFB, 0xFF]))
        #expect(try JSONValueDecoder.decode(Data.self, from: .string("")) == Data())
        for text in ["QQ==", "+/8", "Q", "QR", "QU JD"] {
            #expect(failure(Data.self, .string(text)) == .dataCorrupted, "\(text)")
        }
        #expect(failure(Data.self, .array([JSONValueTesting.number("1")])) == .typeMismatch)

        var generator = SeededGenerator()
        for count in 0...64 {
            let data = Data(generator.bytes(count))
            let encoded = try JSONValueEncoder.encode(data)
            let reference = data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(encoded == .string(reference))
            #expect(try JSONValueDecoder.decode(Data.self, from: encoded) == data)
        }
    }

    @Test("URLs encode as their absolute string")
    func urls() throws {
        let base = try #require(URL(string: "https://example.com/a/"))
        let relative = try #require(URL(string: "b?c=d#e", relativeTo: base))
        #expect(try JSONValueEncoder.encode(relative) == .string("https://example.com/a/b?c=d#e"))
        #expect(
            try JSONValueDecoder.decode(URL.self, from: .string("https://example.com/x"))
                == URL(string: "https://example.com/x")
        )
        #expect(failure(URL.self, .string("http://[")) == .dataCorrupted)
        #expect(failure(URL.self, .bool(true)) == .typeMismatch)
    }

    @Test("Foundation types inside structs, optionals and collections")
    func nested() throws {
        let link = try #require(URL(string: "https://example.com"))
        let value = Stamped(at: Date(timeIntervalSince1970: 60), until: nil, blob: Data([1, 2, 3]), link: link)
        let encoded = try JSONValueEncoder.encode(value)
        #expect(
            JSONValueTesting.text(encoded)
                == #"{"at":"1970-01-01T00:01:00Z","blob":"AQID","link":"https://example.com"}"#
        )
        #expect(try JSONValueDecoder.decode(Stamped.self, from: encoded) == value)
        var withUntil = value
        withUntil.until = Date(timeIntervalSince1970: 120)
        #expect(try JSONValueDecoder.decode(Stamped.self, from: JSONValueEncoder.encode(withUntil)) == withUntil)
        let dates = ["a": [Date(timeIntervalSince1970: 0)]]
        #expect(JSONValueTesting.text(try JSONValueEncoder.encode(dates)) == #"{"a":["1970-01-01T00:00:00Z"]}"#)
        #expect(try JSONValueDecoder.decode([String: [Date]].self, from: JSONValueEncoder.encode(dates)) == dates)
    }
}
