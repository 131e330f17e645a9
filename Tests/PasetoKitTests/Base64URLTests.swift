import Foundation
import Testing

@testable import PasetoKit

@Suite("Strict base64url")
struct Base64URLTests {
    @Test(
        "Non-canonical or foreign input is refused",
        arguments: [
            "QQ==", "QQ=", "QR", "Q", "QUJD=", "QU JD", "QUJD\n", "QUJ+", "QUJ/", "QUJD.", "Zm9v!", "\u{00e9}", "QUJDR",
        ]
    )
    func refusesNonCanonical(_ text: String) {
        #expect(Base64URL.decode(text) == nil)
        #expect(Base64URL.decodeSecret(text) == nil)
    }

    @Test(
        "Canonical input decodes",
        arguments: [("QQ", [0x41]), ("QUI", [0x41, 0x42]), ("QUJD", [0x41, 0x42, 0x43]), ("-_8", [0xFB, 0xFF])]
    )
    func decodesCanonical(_ text: String, _ expected: [UInt8]) {
        #expect(Base64URL.decode(text) == expected)
        #expect(Base64URL.decodeSecret(text)?.withUnsafeBytes { Array($0) } == expected)
    }

    @Test("Empty text is empty bytes")
    func empty() {
        #expect(Base64URL.decode("") == [])
        #expect(Base64URL.encode([]) == "")
    }

    @Test("Round trips and agrees with Foundation's base64 for every length up to 200")
    func agreesWithFoundation() {
        var generator = SeededGenerator()
        for count in 0...200 {
            let bytes = generator.bytes(count)
            let encoded = Base64URL.encode(bytes)
            let reference = Data(bytes).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
            #expect(encoded == reference)
            #expect(Base64URL.decode(encoded) == bytes)
        }
    }

    @Test("Every non-zero trailing-bit variant of a canonical string is refused")
    func trailingBits() {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        // "QQ" encodes one byte: the last character carries 4 unused bits; "QUI" two bytes: 2 unused bits.
        for (prefix, unusedBits) in [("Q", 4), ("QU", 2)] {
            for (value, character) in alphabet.enumerated() {
                let canonical = value & ((1 << unusedBits) - 1) == 0
                #expect((Base64URL.decode(prefix + String(character)) != nil) == canonical)
            }
        }
    }
}
