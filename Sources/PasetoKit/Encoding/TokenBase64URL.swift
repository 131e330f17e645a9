/// Strict unpadded base64url with lookup tables, for data that is **not secret**: token bodies (nonce,
/// ciphertext, tag, signed payload, signature) and footers.
///
/// Same strictness as the constant-time ``Base64URL`` (no `=`, only `A-Z a-z 0-9 - _`, no length of 1 mod 4,
/// zero leftover bits), and several times faster. Table lookups depend on the data, so keys and other secrets
/// always go through ``Base64URL`` instead.
package enum TokenBase64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Character → 6-bit value, or 0xFF for every byte outside the alphabet.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        return table
    }()

    /// The length of the encoding of `count` bytes.
    package static func encodedCount(_ count: Int) -> Int { count / 3 * 4 + [0, 2, 3][count % 3] }

    /// Encodes `bytes`.
    package static func encode(_ bytes: UnsafeRawBufferPointer) -> String {
        let count = encodedCount(bytes.count)
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { output in
            encode(bytes, into: UnsafeMutableRawBufferPointer(output))
            return count
        }
    }

    /// Encodes `bytes`.
    package static func encode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { encode($0) }
    }

    /// Writes the encoding of `bytes` into `output`, which holds exactly ``encodedCount(_:)`` bytes.
    package static func encode(_ bytes: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) {
        precondition(output.count == encodedCount(bytes.count), "base64url output size")
        alphabet.withUnsafeBufferPointer { alphabet in
            var input = 0
            var position = 0
            while bytes.count - input >= 3 {
                let triple = UInt32(bytes[input]) << 16 | UInt32(bytes[input + 1]) << 8 | UInt32(bytes[input + 2])
                output[position] = alphabet[Int(triple >> 18)]
                output[position + 1] = alphabet[Int(triple >> 12 & 0x3F)]
                output[position + 2] = alphabet[Int(triple >> 6 & 0x3F)]
                output[position + 3] = alphabet[Int(triple & 0x3F)]
                input += 3
                position += 4
            }
            switch bytes.count - input {
            case 1:
                let first = UInt32(bytes[input])
                output[position] = alphabet[Int(first >> 2)]
                output[position + 1] = alphabet[Int(first << 4 & 0x3F)]
            case 2:
                let pair = UInt32(bytes[input]) << 8 | UInt32(bytes[input + 1])
                output[position] = alphabet[Int(pair >> 10)]
                output[position + 1] = alphabet[Int(pair >> 4 & 0x3F)]
                output[position + 2] = alphabet[Int(pair << 2 & 0x3F)]
            default:
                break
            }
        }
    }

    /// The decoded length of `count` characters, or `nil` for a length no canonical encoding has.
    package static func decodedCount(_ count: Int) -> Int? {
        switch count % 4 {
        case 0: count / 4 * 3
        case 2: count / 4 * 3 + 1
        case 3: count / 4 * 3 + 2
        default: nil
        }
    }

    /// Decodes `text` strictly; `nil` when it is not canonical unpadded base64url.
    package static func decode(_ text: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let count = decodedCount(text.count) else { return nil }
        // Never `Array(unsafeUninitializedCapacity: 0)`: it hands out the shared empty-array storage, and
        // setting its count from several threads is a data race (ThreadSanitizer reports it).
        guard count > 0 else { return [] }
        var valid = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
            valid = decode(text, into: UnsafeMutableRawBufferPointer(output))
            initialized = valid ? count : 0
        }
        return valid ? bytes : nil
    }

    /// Decodes `text` into `output` (exactly ``decodedCount(_:)`` bytes); `false` when it is not canonical.
    package static func decode(_ text: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Bool {
        values.withUnsafeBufferPointer { values in
            var input = 0
            var position = 0
            var invalid: UInt8 = 0
            while text.count - input >= 4 {
                let a = values[Int(text[input])]
                let b = values[Int(text[input + 1])]
                let c = values[Int(text[input + 2])]
                let d = values[Int(text[input + 3])]
                invalid |= a | b | c | d
                let quad = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                output[position] = UInt8(truncatingIfNeeded: quad >> 16)
                output[position + 1] = UInt8(truncatingIfNeeded: quad >> 8)
                output[position + 2] = UInt8(truncatingIfNeeded: quad)
                input += 4
                position += 3
            }
            switch text.count - input {
            case 2:
                let a = values[Int(text[input])]
                let b = values[Int(text[input + 1])]
                invalid |= a | b
                // The 4 bits of b that do not reach the output must be zero.
                guard invalid & 0xC0 == 0, b & 0x0F == 0 else { return false }
                output[position] = a << 2 | b >> 4
            case 3:
                let a = values[Int(text[input])]
                let b = values[Int(text[input + 1])]
                let c = values[Int(text[input + 2])]
                invalid |= a | b | c
                // The 2 bits of c that do not reach the output must be zero.
                guard invalid & 0xC0 == 0, c & 0x03 == 0 else { return false }
                output[position] = a << 2 | b >> 4
                output[position + 1] = b << 4 | c >> 2
            case 0:
                break
            default:
                return false
            }
            // Valid values are below 64, so any 0xFF marks a character outside the alphabet.
            return invalid & 0xC0 == 0
        }
    }
}
