/// The exact signature forms RFC 7518 and RFC 8037 define, checked before any verification so that a
/// signature in another encoding is refused with its own code rather than handed to a library.
enum SignatureEncoding {
    /// Refuses a signature that is not in `algorithm`'s exact form.
    ///
    /// - ECDSA: raw `r‖s`, each exactly the curve's size (32, 48, 66 bytes), with `1 ≤ r, s ≤ n − 1`.
    ///   DER, a wrong length, and `r = 0` or `s = 0` (the CVE-2022-21449 "psychic signature") are refused.
    ///   A high `s` is accepted: RFC 7518 does not require low-S, and RFC 7515 A.3 itself is high-S.
    /// - EdDSA: 64 bytes. HMAC: the hash's length.
    ///
    /// - Throws: ``JWTCompatError`` `invalid-signature-encoding`.
    static func check(_ signature: [UInt8], for algorithm: JWSAlgorithm) throws {
        switch algorithm.family {
        case .ecdsaP256: try checkECDSA(signature, order: p256Order, algorithm: algorithm)
        case .ecdsaP384: try checkECDSA(signature, order: p384Order, algorithm: algorithm)
        case .ecdsaP521: try checkECDSA(signature, order: p521Order, algorithm: algorithm)
        case .ed25519: try requireLength(signature, 64, algorithm: algorithm)
        case .hmac: try requireLength(signature, algorithm.hashByteCount, algorithm: algorithm)
        default: return
        }
    }

    private static func requireLength(_ signature: [UInt8], _ count: Int, algorithm: JWSAlgorithm) throws {
        guard signature.count == count else {
            throw JWTCompatError.make(
                .invalidSignatureEncoding,
                "an \(algorithm) signature is \(count) bytes, not \(signature.count)"
            )
        }
    }

    private static func checkECDSA(_ signature: [UInt8], order: [UInt8], algorithm: JWSAlgorithm) throws {
        let size = order.count
        guard signature.count == 2 * size else {
            throw JWTCompatError.make(
                .invalidSignatureEncoding,
                "an \(algorithm) signature is raw r||s of \(2 * size) bytes, not \(signature.count) (DER is refused)"
            )
        }
        for (name, half) in [("r", signature[..<size]), ("s", signature[size...])] {
            guard half.contains(where: { $0 != 0 }), isLess(half, than: order) else {
                throw JWTCompatError.make(
                    .invalidSignatureEncoding,
                    "the \(algorithm) signature's \(name) is outside [1, n-1]"
                )
            }
        }
    }

    /// Big-endian comparison of two numbers of the same width.
    private static func isLess(_ value: ArraySlice<UInt8>, than order: [UInt8]) -> Bool {
        for (digit, limit) in zip(value, order) where digit != limit {
            return digit < limit
        }
        return false
    }

    /// The group orders n, big-endian, each as wide as one signature half (SEC 2, FIPS 186-4 D.1.2).
    static let p256Order = hex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")
    static let p384Order = hex(
        "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"
    )
    static let p521Order = hex(
        "01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409"
    )

    private static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            bytes.append(nibble(high) << 4 | nibble(low))
        }
        return bytes
    }

    private static func nibble(_ byte: UInt8) -> UInt8 {
        byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : byte - UInt8(ascii: "a") + 10
    }
}
