import Testing

@testable import PasetoKit

@Suite("Pre-authentication encoding")
struct PAETests {
    @Test("Known answers from the specification")
    func knownAnswers() {
        #expect(PAE.encode([[UInt8]]()) == [0, 0, 0, 0, 0, 0, 0, 0])
        #expect(PAE.encode([[]]) == [1, 0, 0, 0, 0, 0, 0, 0] + [0, 0, 0, 0, 0, 0, 0, 0])
        #expect(
            PAE.encode([Array("test".utf8)]) == [1, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0] + Array("test".utf8)
        )
    }

    @Test("Streaming and one-shot encodings agree, lengths are little-endian")
    func streamingMatchesOneShot() {
        var generator = SeededGenerator()
        for _ in 0..<20 {
            let pieces = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                generator.bytes(Int.random(in: 0...300, using: &generator))
            }
            let oneShot = PAE.encode(pieces)
            var streamed: [UInt8] = []
            PAE.withPieces(pieces) { views in PAE.write(views) { streamed.append(contentsOf: $0) } }
            #expect(oneShot == streamed)
            #expect(oneShot.count == 8 + pieces.reduce(0) { $0 + 8 + $1.count })
            if let first = pieces.first {
                let length = oneShot[8..<16].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
                #expect(length == first.count)
            }
        }
    }
}
