import PasetoKit
import Testing

/// Empty payloads and footers decoded from many threads at once. `Array(unsafeUninitializedCapacity: 0)`
/// hands out the runtime's shared empty-array storage, and setting its count from several threads is a data
/// race; ThreadSanitizer (CI's TSan step runs this suite) reported it for empty v1 footers. The decoders now
/// return `[]` for empty input without touching that storage.
@Suite("Empty segments under concurrency")
struct EmptySegmentConcurrencyTests {
    @Test("empty payloads and footers of every version decode concurrently, and stay empty")
    func concurrentEmptySegments() async throws {
        let v4 = PasetoV4.Local.Key.generate()
        let v3 = PasetoV3.Local.Key.generate()
        let v1 = PasetoV1.Local.Key.generate()
        let v2 = PasetoV2.Local.Key.generate()
        let tokens = (
            v4: PasetoV4.Local.encrypt([], using: v4),
            v3: PasetoV3.Local.encrypt([], using: v3),
            v1: PasetoV1.Local.encrypt([], using: v1),
            v2: PasetoV2.Local.encrypt([], using: v2)
        )
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var total = 0
                    for _ in 0..<200 {
                        total += try PasetoV4.Local.decrypt(tokens.v4, using: v4).payload.count
                        total += try PasetoV3.Local.decrypt(tokens.v3, using: v3).payload.count
                        total += try PasetoV1.Local.decrypt(tokens.v1, using: v1).payload.count
                        total += try PasetoV2.Local.decrypt(tokens.v2, using: v2).payload.count
                        total += try UntrustedToken(tokens.v4).untrustedFooter.count
                    }
                    return total
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(results == 0)
    }
}
