internal import CSodium

/// PEM text (RFC 7468) around DER bytes, with libsodium's constant-time standard base64 (variant `ORIGINAL`,
/// padded), kept in ``SecretBytes`` throughout: for the k1 `secret-pw` PASERK, whose plaintext is the PEM
/// text of a PKCS#1 key.
enum PEMBase64 {
    /// The number of base64 characters per line, as OpenSSL writes them.
    private static let lineLength = 64

    /// `-----BEGIN <label>-----\n`, the base64 of `der` in lines of 64 characters, then
    /// `\n-----END <label>-----` with no final newline (the form of the official k1 vectors).
    static func armour(_ der: SecretBytes, label: String) -> SecretBytes {
        Sodium.ensureInitialized()
        let variant = sodium_base64_VARIANT_ORIGINAL
        let begin = Array("-----BEGIN \(label)-----\n".utf8)
        let end = Array("\n-----END \(label)-----".utf8)
        let encoded = SecretBytes(capacity: sodium_base64_encoded_len(der.count, variant)) { buffer in
            der.withUnsafeBytes { der in
                NonNullBytes.withPointer(to: der) { input in
                    _ = sodium_bin2base64(
                        buffer.baseAddress!.assumingMemoryBound(to: CChar.self),
                        buffer.count,
                        input,
                        der.count,
                        variant
                    )
                }
            }
            return buffer.count - 1  // without the terminating NUL
        }
        let lineCount = (encoded.count + lineLength - 1) / lineLength
        let total = begin.count + encoded.count + max(lineCount - 1, 0) + end.count
        return SecretBytes(capacity: total) { output in
            var offset = 0
            func append(_ bytes: UnsafeRawBufferPointer) {
                UnsafeMutableRawBufferPointer(rebasing: output[offset..<(offset + bytes.count)]).copyMemory(from: bytes)
                offset += bytes.count
            }
            begin.withUnsafeBytes(append)
            encoded.withUnsafeBytes { text in
                for start in stride(from: 0, to: text.count, by: lineLength) {
                    if start > 0 { [UInt8(ascii: "\n")].withUnsafeBytes(append) }
                    append(UnsafeRawBufferPointer(rebasing: text[start..<min(start + lineLength, text.count)]))
                }
            }
            end.withUnsafeBytes(append)
            return offset
        }
    }

    /// The DER bytes inside PEM text with exactly `label` (line breaks `\n` or `\r\n`, one final newline
    /// allowed); `nil` for anything else.
    static func dearmour(_ pem: SecretBytes, label: String) -> SecretBytes? {
        Sodium.ensureInitialized()
        let begin = Array("-----BEGIN \(label)-----".utf8)
        let end = Array("-----END \(label)-----".utf8)
        return pem.withUnsafeBytes { text -> SecretBytes? in
            var body = text[...]
            while let last = body.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") {
                body = body.dropLast()
            }
            guard body.count >= begin.count + end.count, body.starts(with: begin),
                body.suffix(end.count).elementsEqual(end)
            else { return nil }
            let base64 = UnsafeRawBufferPointer(rebasing: body.dropFirst(begin.count).dropLast(end.count))
            var decodedCount = 0
            var status: Int32 = -1
            let der = SecretBytes(capacity: base64.count / 4 * 3 + 3) { buffer in
                status = NonNullBytes.withPointer(to: base64) { input in
                    sodium_base642bin(
                        buffer.baseAddress!.assumingMemoryBound(to: UInt8.self),
                        buffer.count,
                        UnsafeRawPointer(input).assumingMemoryBound(to: CChar.self),
                        base64.count,
                        "\r\n",
                        &decodedCount,
                        nil,
                        sodium_base64_VARIANT_ORIGINAL
                    )
                }
                return status == 0 ? decodedCount : 0
            }
            return status == 0 && der.count > 0 ? der : nil
        }
    }
}
