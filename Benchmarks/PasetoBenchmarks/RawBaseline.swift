import CSodiumBaseline

/// v4.local and v4.public as a plain C program on libsodium would write them: the primitive sequence,
/// libsodium's base64, no JSON, no checks beyond the cryptographic ones. The yardstick for the library.
enum RawBaseline {
    static let header = Array("v4.local.".utf8)
    static let publicHeader = Array("v4.public.".utf8)
    static let encryptionInfo = Array("paseto-encryption-key".utf8)
    static let authenticationInfo = Array("paseto-auth-key-for-aead".utf8)
    static let variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING

    /// `PAE` of the pieces into `out`.
    static func pae(_ pieces: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(8 + pieces.reduce(0) { $0 + 8 + $1.count })
        func le64(_ value: Int) { for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: value >> (8 * i))) } }
        le64(pieces.count)
        for piece in pieces {
            le64(piece.count)
            out += piece
        }
        return out
    }

    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let capacity = sodium_base64_encoded_len(bytes.count, variant)
        var out = [UInt8](repeating: 0, count: capacity)
        out.withUnsafeMutableBufferPointer { o in
            _ = o.withMemoryRebound(to: CChar.self) { sodium_bin2base64($0.baseAddress!, capacity, bytes, bytes.count, variant) }
        }
        out.removeLast()  // NUL
        return out
    }

    static func unbase64(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: text.count * 3 / 4 + 2)
        var length = 0
        let status = text.withUnsafeBufferPointer { t in
            t.withMemoryRebound(to: CChar.self) { t in
                sodium_base642bin(&out, out.count, t.baseAddress!, t.count, nil, &length, nil, variant)
            }
        }
        guard status == 0 else { return nil }
        out.removeLast(out.count - length)
        return out
    }

    static func subkeys(_ key: [UInt8], _ nonce: [UInt8]) -> (ek: [UInt8], n2: [UInt8], ak: [UInt8]) {
        var tmp = [UInt8](repeating: 0, count: 56)
        var ak = [UInt8](repeating: 0, count: 32)
        let m1 = encryptionInfo + nonce
        let m2 = authenticationInfo + nonce
        crypto_generichash(&tmp, 56, m1, UInt64(m1.count), key, 32)
        crypto_generichash(&ak, 32, m2, UInt64(m2.count), key, 32)
        return (Array(tmp[..<32]), Array(tmp[32...]), ak)
    }

    static func encrypt(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
        var nonce = [UInt8](repeating: 0, count: 32)
        randombytes_buf(&nonce, 32)
        let (ek, n2, ak) = subkeys(key, nonce)
        var ciphertext = [UInt8](repeating: 0, count: message.count)
        crypto_stream_xchacha20_xor(&ciphertext, message, UInt64(message.count), n2, ek)
        let pre = pae([header, nonce, ciphertext, [], []])
        var tag = [UInt8](repeating: 0, count: 32)
        crypto_generichash(&tag, 32, pre, UInt64(pre.count), ak, 32)
        return header + base64(nonce + ciphertext + tag)
    }

    static func decrypt(_ token: [UInt8], key: [UInt8]) -> [UInt8]? {
        guard let body = unbase64(token[header.count...]), body.count >= 64 else { return nil }
        let nonce = Array(body[..<32])
        let ciphertext = Array(body[32..<(body.count - 32)])
        let tag = Array(body[(body.count - 32)...])
        let (ek, n2, ak) = subkeys(key, nonce)
        let pre = pae([header, nonce, ciphertext, [], []])
        var expected = [UInt8](repeating: 0, count: 32)
        crypto_generichash(&expected, 32, pre, UInt64(pre.count), ak, 32)
        guard sodium_memcmp(expected, tag, 32) == 0 else { return nil }
        var plaintext = [UInt8](repeating: 0, count: ciphertext.count)
        crypto_stream_xchacha20_xor(&plaintext, ciphertext, UInt64(ciphertext.count), n2, ek)
        return plaintext
    }

    static func sign(_ message: [UInt8], secretKey: [UInt8]) -> [UInt8] {
        let pre = pae([publicHeader, message, [], []])
        var signature = [UInt8](repeating: 0, count: 64)
        crypto_sign_detached(&signature, nil, pre, UInt64(pre.count), secretKey)
        return publicHeader + base64(message + signature)
    }

    static func verify(_ token: [UInt8], publicKey: [UInt8]) -> [UInt8]? {
        guard let body = unbase64(token[publicHeader.count...]), body.count >= 64 else { return nil }
        let message = Array(body[..<(body.count - 64)])
        let signature = Array(body[(body.count - 64)...])
        let pre = pae([publicHeader, message, [], []])
        guard crypto_sign_verify_detached(signature, pre, UInt64(pre.count), publicKey) == 0 else { return nil }
        return message
    }
}
