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

@Suite("Table base64url for token bodies")
struct TokenBase64URLTests {
    @Test(
        "Non-canonical or foreign input is refused, exactly as by the constant-time codec",
        arguments: [
            "QQ==", "QQ=", "QR", "Q", "QUJD=", "QU JD", "QUJD\n", "QUJ+", "QUJ/", "QUJD.", "Zm9v!", "\u{00e9}", "QUJDR",
        ]
    )
    func refusesNonCanonical(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBytes { TokenBase64URL.decode($0) } == nil)
    }

    @Test("Agrees with libsodium's codec on every length up to 300 and on every single-character change")
    func agreesWithLibsodium() {
        var generator = SeededGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ .".utf8)
        for count in 0...300 {
            let bytes = generator.bytes(count)
            let encoded = TokenBase64URL.encode(bytes)
            #expect(encoded == Base64URL.encode(bytes))
            #expect(Array(encoded.utf8).withUnsafeBytes { TokenBase64URL.decode($0) } == bytes)
            guard !encoded.isEmpty else { continue }
            var mutated = Array(encoded.utf8)
            let index = Int.random(in: 0..<mutated.count, using: &generator)
            mutated[index] = alphabet.randomElement(using: &generator) ?? 0
            let table = mutated.withUnsafeBytes { TokenBase64URL.decode($0) }
            let sodium = Base64URL.decode(String(decoding: mutated, as: UTF8.self))
            #expect(table == sodium, "length \(count), index \(index)")
        }
    }

    @Test("Every trailing-bit variant is decided as by libsodium")
    func trailingBits() {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        for prefix in ["Q", "QU", "QUJDQ", "QUJDQU"] {
            for character in alphabet {
                let text = Array(prefix.utf8) + [character]
                let table = text.withUnsafeBytes { TokenBase64URL.decode($0) }
                #expect(table == Base64URL.decode(String(decoding: text, as: UTF8.self)))
            }
        }
    }
}
