internal import CSodium

/// Strict base64url without padding, through libsodium (`sodium_bin2base64`, `sodium_base642bin`,
/// variant `URLSAFE_NO_PADDING`).
///
/// Decoding is strict: no `=`, nothing outside `A-Z a-z 0-9 - _`, no whitespace, a length that is not
/// 1 mod 4, and zero leftover bits in the last character. libsodium's decoder runs in constant time, so it
/// is also the one used for secrets.
package enum Base64URL {
    private static let variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING

    /// Encodes `bytes`.
    package static func encode(_ bytes: UnsafeRawBufferPointer) -> String {
        guard bytes.count > 0 else { return "" }
        Sodium.ensureInitialized()
        let capacity = sodium_base64_encoded_len(bytes.count, variant)
        return String(unsafeUninitializedCapacity: capacity) { text in
            _ = text.withMemoryRebound(to: CChar.self) { chars in
                sodium_bin2base64(
                    chars.baseAddress!,
                    capacity,
                    bytes.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    bytes.count,
                    variant
                )
            }
            return capacity - 1  // the terminating NUL is not part of the string
        }
    }

    /// Encodes `bytes`.
    package static func encode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { encode($0) }
    }

    /// Decodes `text` strictly; `nil` when it is not canonical unpadded base64url.
    package static func decode(_ text: some StringProtocol) -> [UInt8]? {
        var text = String(text)
        return text.withUTF8 { decode(UnsafeRawBufferPointer($0)) }
    }

    /// Decodes the UTF-8 bytes `text` strictly; `nil` when they are not canonical unpadded base64url.
    package static func decode(_ text: UnsafeRawBufferPointer) -> [UInt8]? {
        // The empty text is the empty value; no zero-capacity `unsafeUninitializedCapacity` (shared storage).
        guard !text.isEmpty else { return [] }
        var decodedCount: Int?
        let bytes = [UInt8](unsafeUninitializedCapacity: maximumDecodedCount(text.count)) { buffer, initialized in
            decodedCount = decode(text, into: UnsafeMutableRawBufferPointer(buffer))
            initialized = decodedCount ?? 0
        }
        return decodedCount == nil ? nil : bytes
    }

    /// Decodes `text` strictly into wiped-on-free storage; `nil` when it is not canonical.
    package static func decodeSecret(_ text: some StringProtocol) -> SecretBytes? {
        var text = String(text)
        return text.withUTF8 { utf8 -> SecretBytes? in
            var decodedCount: Int?
            let secret = SecretBytes(capacity: maximumDecodedCount(utf8.count)) { buffer in
                decodedCount = decode(UnsafeRawBufferPointer(utf8), into: buffer)
                return decodedCount ?? 0
            }
            return decodedCount == nil ? nil : secret
        }
    }

    private static func maximumDecodedCount(_ textCount: Int) -> Int {
        textCount / 4 * 3 + 2
    }

    /// Returns the decoded length, or `nil` when libsodium refuses the input or stops before its end.
    private static func decode(_ text: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Int? {
        guard text.count > 0 else { return 0 }
        // libsodium 1.0.18's decoder reads every byte from 0x80 on as a base64 character, so non-ASCII text
        // would decode (issue 8, found by FuzzPASERK). Refuse it first, in time independent of the content.
        var highBits: UInt8 = 0
        for byte in text { highBits |= byte }
        guard highBits & 0x80 == 0 else { return nil }
        Sodium.ensureInitialized()
        var decodedCount = 0
        // b64_end = NULL makes libsodium fail unless it consumed the whole input.
        let status = sodium_base642bin(
            output.baseAddress!.assumingMemoryBound(to: UInt8.self),
            output.count,
            text.baseAddress!.assumingMemoryBound(to: CChar.self),
            text.count,
            nil,
            &decodedCount,
            nil,
            variant
        )
        return status == 0 ? decodedCount : nil
    }
}
