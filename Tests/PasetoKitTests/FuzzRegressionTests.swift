import Testing

@testable import PasetoKit

/// Inputs found by the libFuzzer targets (`make fuzz`, Docs/Security.md), each kept with its fix.
@Suite("Fuzz findings")
struct FuzzRegressionTests {
    /// FuzzPASERK, `crash-bf6860f846f62f3dc830eeb791e3d9310c9e4163`: a k3.public PASERK with "ž" (0xC5 0xBE)
    /// in its data imported, and exported as different text. libsodium 1.0.18's `sodium_base642bin` reads every
    /// byte from 0x80 on as a base64 character.
    static let nonASCIIPASERK = "k3.public.AgAAAAAAAAAAAAAAAAAAAAAAAA\u{17E}AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

    @Test(
        "A PASERK with non-ASCII bytes in its data is invalid-key",
        .bug(id: 8, "FuzzPASERK: non-ASCII base64url accepted by libsodium")
    )
    func nonASCIIPASERK() {
        #expect(errorCode { _ = try AnyPasetoKey(paserk: Self.nonASCIIPASERK) } == .invalidKey)
        let canonical = "k4.local.cHFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"
        for replacement in ["\u{17E}", "\u{E9}", "\u{80}", "\u{FF}", "\u{1F600}"] {
            // "__"-like positions: replace two data characters with a two-byte (or longer) character.
            let hostile = String(canonical.dropLast(2)) + replacement
            #expect(errorCode { _ = try AnyPasetoKey(paserk: hostile) } != nil, "\(replacement)")
            #expect(errorCode { _ = try PasetoV4.Local.Key(paserk: hostile) } == .invalidKey, "\(replacement)")
        }
    }

    @Test(
        "Every byte from 0x80 on is refused by the strict decoder, in any position",
        .bug(id: 8, "FuzzPASERK: non-ASCII base64url accepted by libsodium")
    )
    func highBytesRefused() {
        let canonical = Array("QUJDREVG".utf8)
        for byte in UInt8(0x80)...UInt8(0xFF) {
            for position in canonical.indices {
                var text = canonical
                text[position] = byte
                #expect(text.withUnsafeBytes { Base64URL.decode($0) } == nil, "byte \(byte) at \(position)")
                #expect(Base64URL.decodeSecret(String(decoding: text, as: UTF8.self)) == nil)
            }
        }
    }
}
