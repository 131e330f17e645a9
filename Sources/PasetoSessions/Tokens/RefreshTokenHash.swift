/// The BLAKE2b-256 digest of a refresh token: all a store ever keeps of it.
///
/// A refresh token carries 256 random bits, so an unsalted fast hash is enough: nothing can be guessed
/// from it, and a stolen table of hashes opens no session.
public struct RefreshTokenHash: Hashable, Sendable, CustomStringConvertible {
    /// The 32 digest bytes.
    public let bytes: [UInt8]

    /// A hash from its 32 bytes, as a store reads it back.
    ///
    /// - Returns: `nil` for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        self.bytes = bytes
    }

    /// The digest length.
    public static let byteCount = 32

    /// Lower-case hex, for stores that keep text.
    public var hex: String {
        bytes.map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
        }.joined()
    }

    /// A hash from ``hex``; `nil` when the text is not 64 lower-case hex digits.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == Self.byteCount * 2 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount)
        for index in stride(from: 0, to: utf8.count, by: 2) {
            guard let high = Self.nibble(utf8[index]), let low = Self.nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }

    /// The first 8 hex digits only: a hash is not secret, but logs need no more.
    public var description: String { "RefreshTokenHash(\(hex.prefix(8))…)" }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
