import Foundation
import PasetoKit
import Testing

/// `paseto inspect` reads footers and unverified payloads with PasetoKit's strict parser and always prints
/// valid JSON: a duplicate `kid` is never resolved to one of them.
@Suite("inspect with the strict parser")
struct InspectStrictJSONTests {
    static func publicToken(payload: [UInt8], footer: [UInt8]) throws -> String {
        let (secret, _) = try Fixtures.keyPair()
        return PasetoV4.Public.sign(payload, using: try PasetoV4.Public.SecretKey(paserk: secret), footer: footer)
    }

    static func inspect(_ token: String) throws -> [String: Any] {
        let result = try PasetoCLI.run(["inspect", token])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "\(result)")
    }

    @Test("a footer with two kids shows kid null, never one of them")
    func duplicateKid() throws {
        let footer = #"{"kid":"k4.lid.first","kid":"k4.lid.second"}"#
        let report = try Self.inspect(try Self.publicToken(payload: Array("{}".utf8), footer: Array(footer.utf8)))
        #expect(report["kid"] is NSNull)
        #expect(report["footer"] as? String == footer)
    }

    @Test(
        "a payload that is not strict JSON is shown as a JSON string of its text",
        arguments: [#"{"a":1,}"#, #"{"kid":1,"kid":2}"#, "not json", #"{"a":"b"} trailing"#]
    )
    func nonStrictPayload(payload: String) throws {
        let report = try Self.inspect(try Self.publicToken(payload: Array(payload.utf8), footer: []))
        #expect(report["payload_unverified"] as? String == payload)
    }

    @Test("invalid UTF-8 and control characters in footer and payload still give valid JSON")
    func hostileBytes() throws {
        let bytes: [UInt8] = [0x7B, 0xFF, 0x00, 0x0A, 0x1B, 0x22, 0x7D]
        let report = try Self.inspect(try Self.publicToken(payload: bytes, footer: bytes))
        #expect(report["footer"] is String)
        #expect(report["payload_unverified"] is String)
        #expect(report["kid"] is NSNull)
    }

    @Test("a strict JSON payload is re-written compactly with numbers as written")
    func strictPayload() throws {
        let token = try Self.publicToken(payload: Array(#"{ "n": 1.50, "s": "\u00e9" }"#.utf8), footer: [])
        let result = try PasetoCLI.run(["inspect", token])
        #expect(result.stdout.hasSuffix(#""payload_unverified": {"n":1.50,"s":"é"}}"# + "\n"), "\(result)")
    }
}
