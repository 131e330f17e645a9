import Testing

@testable import PasetoKit

/// The JSON depth limit cannot be raised above its ceiling, through the initialiser or the setter.
@Suite("JSON depth ceiling")
struct JSONDepthCeilingTests {
    @Test("setting maximumDepth above the ceiling gives the ceiling; below 1 gives 1")
    func setterClamps() {
        var limits = JSONLimits(maximumDepth: 8)
        limits.maximumDepth = 100_000
        #expect(limits.maximumDepth == JSONLimits.depthCeiling)
        limits.maximumDepth = -3
        #expect(limits.maximumDepth == 1)
        #expect(JSONLimits(maximumDepth: .max).maximumDepth == JSONLimits.depthCeiling)
        var payload = PasetoLimits()
        payload.payload.maximumDepth = .max
        #expect(payload.payload.maximumDepth == 512)
    }

    @Test("a 20,000-deep array with a raised limit is limit-exceeded, not a stack overflow")
    func deepArrayWithRaisedLimit() {
        var limits = JSONLimits(maximumDepth: 4)
        limits.maximumDepth = 1_000_000
        let deep = Array((String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)).utf8)
        #expect(throws: StrictJSONError.depthExceeded(limit: JSONLimits.depthCeiling)) {
            _ = try StrictJSONParser.parse(deep, limits: limits)
        }
        let atCeiling = Array((String(repeating: "[", count: 512) + String(repeating: "]", count: 512)).utf8)
        #expect(throws: Never.self) { _ = try StrictJSONParser.parse(atCeiling, limits: limits) }
    }
}
