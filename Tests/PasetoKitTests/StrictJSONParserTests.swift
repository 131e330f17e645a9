import Foundation
import Testing

@testable import PasetoKit

@Suite("Strict JSON reader")
struct StrictJSONParserTests {
    static let wide = JSONLimits(maximumDepth: 512)

    func parse(_ text: String, limits: JSONLimits = wide) throws -> JSONValue {
        try StrictJSONParser.parse(Array(text.utf8), limits: limits)
    }

    @Test(
        "Valid documents parse and agree with Foundation",
        arguments: [
            #"{}"#, #"[]"#, #"{"a":1}"#, #" { "a" : [ 1 , 2.5 , -3e2 , true , false , null ] } "#,
            #"{"nested":{"deeper":{"x":"y"}},"list":[[],[{}]]}"#, #""just a string""#, "0", "-0", "123",
            #"{"esc":"\" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00"}"#, #"{"unicode":"héllo wörld ✓"}"#,
        ]
    )
    func validDocuments(_ text: String) throws {
        let value = try parse(text)
        let reference = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        #expect(Self.foundationEquivalent(value) as? NSObject == reference as? NSObject)
    }

    @Test("Writing and re-reading gives the same value")
    func writerRoundTrip() throws {
        let text = #"{"a":[1,2.50,-0,1e400],"b":{"c":"tab\there \"quoted\" \u0001 ✓"},"d":null,"e":true}"#
        let value = try parse(text)
        let written = JSONWriter.bytes(of: value)
        #expect(try StrictJSONParser.parse(written, limits: Self.wide) == value)
        #expect(String(decoding: written, as: UTF8.self).contains(#"1e400"#))
        #expect(String(decoding: written, as: UTF8.self).contains(#""a":[1,2.50,-0,1e400]"#))
    }

    @Test(
        "Duplicate member names are refused at every level",
        arguments: [
            #"{"a":1,"a":2}"#, #"{"a":1,"b":2,"a":1}"#, #"{"x":{"a":1,"a":1}}"#, #"[{"a":1,"a":1}]"#,
            #"{"a":1,"\u0061":2}"#, #"{"é":1,"\u00e9":2}"#,
        ]
    )
    func duplicates(_ text: String) {
        let error = #expect(throws: StrictJSONError.self) { try parse(text) }
        guard case .duplicateMember? = error else {
            Issue.record("expected a duplicate-member error, got \(String(describing: error))")
            return
        }
    }

    @Test("Duplicates are found in large objects too (the hashed path)")
    func duplicatesInLargeObjects() throws {
        let members = (0..<100).map { #""k\#($0)":\#($0)"# }
        #expect(throws: StrictJSONError.duplicateMember(name: "k7")) {
            try parse("{" + (members + [#""k7":0"#]).joined(separator: ",") + "}")
        }
        _ = try parse("{" + members.joined(separator: ",") + "}")
    }

    @Test(
        "Grammar violations are refused",
        arguments: [
            "", " ", "{", "}", #"{"a"}"#, #"{"a":}"#, #"{"a":1,}"#, "[1,]", "[,1]", #"{a:1}"#, "{'a':1}", "01", "1.",
            ".5", "-", "+1", "1e", "1e+", "0x10", "NaN", "Infinity", "-Infinity", "tru", "nul", "True", #"{"a":1}x"#,
            #"{"a":1}{}"#, "[1 2]", #""unterminated"#, "\"tab\tinside\"", "\"new\nline\"", #""\x""#, #""\u12""#,
            #""\u12G4""#, #""\ud800""#, #""\udc00""#, #""\ud800\u0041""#, "\u{FEFF}{}", "/* c */ {}", "{} // c",
        ]
    )
    func grammar(_ text: String) {
        #expect(throws: StrictJSONError.self) { try parse(text) }
    }

    @Test(
        "Invalid UTF-8 is refused",
        arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xFF], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]]
    )
    func invalidUTF8(_ sequence: [UInt8]) {
        let document = Array(#"{"a":""#.utf8) + sequence + Array(#""}"#.utf8)
        #expect(throws: StrictJSONError.self) { try StrictJSONParser.parse(document, limits: Self.wide) }
        let name = Array(#"{""#.utf8) + sequence + Array(#"":1}"#.utf8)
        #expect(throws: StrictJSONError.self) { try StrictJSONParser.parse(name, limits: Self.wide) }
    }

    @Test("Numbers keep their literal text, however large")
    func numbers() throws {
        guard case .object(let object) = try parse(#"{"big":123456789012345678901234567890,"huge":1e400,"neg":-0.0}"#)
        else {
            Issue.record("not an object")
            return
        }
        #expect(object["big"] == .number(JSONNumber(validatedLiteral: "123456789012345678901234567890")))
        #expect(object["huge"] == .number(JSONNumber(validatedLiteral: "1e400")))
        #expect(object["neg"] == .number(JSONNumber(validatedLiteral: "-0.0")))
    }

    @Test("Depth is limited exactly at the configured bound")
    func depth() throws {
        let limits = JSONLimits(maximumDepth: 3)
        _ = try parse(#"{"a":{"b":{"c":1}}}"#, limits: limits)
        _ = try parse("[[[1]]]", limits: limits)
        #expect(throws: StrictJSONError.depthExceeded(limit: 3)) { try parse(#"{"a":{"b":{"c":{}}}}"#, limits: limits) }
        #expect(throws: StrictJSONError.depthExceeded(limit: 3)) { try parse("[[[[1]]]]", limits: limits) }
    }

    @Test("20,000-deep nesting is refused without exhausting the stack")
    func hostileDepth() {
        let deep = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        #expect(throws: StrictJSONError.depthExceeded(limit: 32)) {
            try parse(deep, limits: JSONLimits(maximumDepth: 32))
        }
        let deepObjects = String(repeating: #"{"a":"#, count: 20_000) + "1" + String(repeating: "}", count: 20_000)
        #expect(throws: StrictJSONError.depthExceeded(limit: 512)) {
            try parse(deepObjects, limits: JSONLimits(maximumDepth: 100_000))
        }
    }

    @Test("The member count is limited across the whole document")
    func memberCount() throws {
        let limits = JSONLimits(maximumDepth: 4, maximumMembers: 3)
        _ = try parse(#"{"a":1,"b":{"c":2}}"#, limits: limits)
        #expect(throws: StrictJSONError.tooManyMembers(limit: 3)) {
            try parse(#"{"a":1,"b":{"c":2,"d":3}}"#, limits: limits)
        }
    }

    /// The value as Foundation's `JSONSerialization` would give it, to compare with an independent reader.
    static func foundationEquivalent(_ value: JSONValue) -> Any {
        switch value {
        case .null: NSNull()
        case .bool(let flag): NSNumber(value: flag)
        case .number(let number): NSNumber(value: Double(number.literal) ?? .nan)
        case .string(let text): text
        case .array(let elements): elements.map(foundationEquivalent)
        case .object(let object):
            Dictionary(uniqueKeysWithValues: object.members.map { ($0.name, foundationEquivalent($0.value)) })
        }
    }
}
