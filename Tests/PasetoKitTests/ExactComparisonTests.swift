import Foundation
import Testing

@testable import PasetoKit

/// Names, kids and claims are compared as exact bytes (RFC 7515 §5.3, RFC 8259 §8.3), never by Swift's
/// canonical equivalence: "é" (U+00E9) and "e\u{301}" are different, as are the Kelvin sign and "K".
@Suite("byte-exact names and ids")
struct ExactComparisonTests {
    static let composed = "\u{E9}"
    static let decomposed = "e\u{301}"

    @Test("the two spellings are canonically equivalent for Swift, so each test below means something")
    func premise() {
        #expect(Self.composed == Self.decomposed)
        #expect("\u{212A}" == "K")
        #expect(!Self.composed.isExactly(Self.decomposed))
        #expect(ExactText(Self.composed) != ExactText(Self.decomposed))
    }

    @Test("the strict parser keeps two members whose names are canonically equivalent, small and large objects")
    func parserMemberNames() throws {
        let small = #"{"\#(Self.composed)":1,"\#(Self.decomposed)":2}"#
        let filler = (0..<20).map { #""m\#($0)":0"# }.joined(separator: ",")
        let large = #"{\#(filler),"\#(Self.composed)":1,"\#(Self.decomposed)":2}"#
        for text in [small, large] {
            guard
                case .object(let object) = try StrictJSONParser.parse(
                    Array(text.utf8),
                    limits: JSONLimits(maximumDepth: 2)
                )
            else {
                Issue.record("not an object")
                continue
            }
            #expect(object[Self.composed] == .number(JSONNumber(validatedLiteral: "1")))
            #expect(object[Self.decomposed] == .number(JSONNumber(validatedLiteral: "2")))
        }
        #expect(throws: StrictJSONError.self) {
            _ = try StrictJSONParser.parse(Array(#"{"a":1,"a":2}"#.utf8), limits: JSONLimits(maximumDepth: 2))
        }
    }

    @Test("claim lookups and custom rules see only the exact name")
    func claimLookups() throws {
        let claims = try ClaimSet(payload: Array(#"{"\#(Self.decomposed)":"x","role":"\#(Self.decomposed)"}"#.utf8))
        #expect(claims.string(Self.composed) == nil)
        #expect(claims.string(Self.decomposed) == "x")
        #expect(!claims.contains(Self.composed))
        let rules = {
            var rules = ClaimRules(issuer: nil, audience: nil, clock: FixedClock(referenceNow))
            rules.allowsMissingExpiration = true
            rules.custom = [.equals("role", Self.composed)]
            return rules
        }()
        #expect(errorCode { try rules.validate(claims) } == .invalidClaim)
        let issuer = try ClaimSet(payload: Array(#"{"iss":"\#(Self.decomposed)","exp":"2027-01-01T00:00:00Z"}"#.utf8))
        let issuerRules = ClaimRules(issuer: Self.composed, audience: nil, clock: FixedClock(referenceNow))
        #expect(errorCode { try issuerRules.validate(issuer) } == .issuerMismatch)
    }

    /// Encodes two members whose names are canonically equivalent (a `Dictionary` cannot even hold both).
    struct TwoSpellings: Codable, Equatable {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        var composed: Int
        var decomposed: Int

        init(composed: Int, decomposed: Int) {
            self.composed = composed
            self.decomposed = decomposed
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            composed = try container.decode(Int.self, forKey: Key(stringValue: ExactComparisonTests.composed))
            decomposed = try container.decode(Int.self, forKey: Key(stringValue: ExactComparisonTests.decomposed))
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(composed, forKey: Key(stringValue: ExactComparisonTests.composed))
            try container.encode(decomposed, forKey: Key(stringValue: ExactComparisonTests.decomposed))
        }
    }

    @Test("decoding and encoding keep canonically equivalent keys apart")
    func coding() throws {
        let value = try JSONValueEncoder.encode(TwoSpellings(composed: 1, decomposed: 2))
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object.members.count == 2)
        #expect(try JSONValueDecoder.decode(TwoSpellings.self, from: value) == TwoSpellings(composed: 1, decomposed: 2))
        let filler = (0..<20).map { #""m\#($0)":0"# }.joined(separator: ",")
        let large = #"{\#(filler),"\#(Self.decomposed)":2,"\#(Self.composed)":1}"#
        let parsed = try StrictJSONParser.parse(Array(large.utf8), limits: JSONLimits(maximumDepth: 2))
        #expect(
            try JSONValueDecoder.decode(TwoSpellings.self, from: parsed) == TwoSpellings(composed: 1, decomposed: 2)
        )
    }

    @Test("a key ring finds a kid only by its exact bytes")
    func keyRingLookup() throws {
        let ring = PasetoKeyRing<PasetoV4.Local.Key>()
        var key = PasetoV4.Local.Key.generate()
        while !key.tokenKeyID.contains("K") { key = PasetoV4.Local.Key.generate() }
        try ring.add(key)
        var lookalike = key.tokenKeyID
        let position = try #require(lookalike.firstIndex(of: "K"))
        lookalike.replaceSubrange(position...position, with: "\u{212A}")
        #expect(lookalike == key.tokenKeyID)  // canonically equivalent for Swift
        #expect(ring.status(ofKeyID: lookalike) == nil)
        #expect(errorCode { try ring.activate(keyID: lookalike) } == .unknownKey)
        #expect(errorCode { try ring.retire(keyID: lookalike) } == .unknownKey)
        ring.remove(keyID: lookalike)
        #expect(ring.status(of: key) == .accepted)
    }
}
