import PasetoKit
import PasetoVectors
import Testing

/// v3 and v1 tokens beyond the vectors: round trips, single-bit tampering, keys of the wrong version or kind,
/// implicit assertions, and the validation of P-384 points and RSA keys.
@Suite("v3 and v1 tokens")
struct NISTTokenTests {
    static let message = Array(#"{"data":"this is a signed message","exp":"2022-01-01T00:00:00+00:00"}"#.utf8)
    static let footer = Array(#"{"kid":"k3.lid.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"#.utf8)
    /// One RSA key for the whole suite: generating 2048-bit keys takes a moment.
    static let rsaKey = PasetoV1.Public.SecretKey.generate()
    static let p384Key = PasetoV3.Public.SecretKey.generate()

    // MARK: Round trips

    @Test("v3.local round-trips payload, footer and implicit assertion; every nonce is fresh")
    func v3LocalRoundTrip() throws {
        let key = PasetoV3.Local.Key.generate()
        let token = PasetoV3.Local.encrypt(Self.message, using: key, footer: Self.footer, implicitAssertion: [1, 2])
        #expect(token.hasPrefix("v3.local.") && token != PasetoV3.Local.encrypt(Self.message, using: key))
        let opened = try PasetoV3.Local.decrypt(
            token,
            using: key,
            expectedFooter: Self.footer,
            implicitAssertion: [1, 2]
        )
        #expect(opened.payload == Self.message && opened.footer == Self.footer)
        expectPasetoError(.authenticationFailed) { try PasetoV3.Local.decrypt(token, using: key) }
        expectPasetoError(.footerMismatch) { try PasetoV3.Local.decrypt(token, using: key, expectedFooter: []) }
        expectPasetoError(.authenticationFailed) {
            try PasetoV3.Local.decrypt(token, using: .generate(), implicitAssertion: [1, 2])
        }
        #expect(try PasetoV3.Local.decrypt(PasetoV3.Local.encrypt([], using: key), using: key).payload == [])
    }

    @Test("v3.public round-trips; a signature binds the signer's public key and the implicit assertion")
    func v3PublicRoundTrip() throws {
        let key = Self.p384Key
        let token = PasetoV3.Public.sign(Self.message, using: key, footer: Self.footer, implicitAssertion: [7])
        let opened = try PasetoV3.Public.verify(token, using: key.publicKey, implicitAssertion: [7])
        #expect(opened.payload == Self.message && opened.footer == Self.footer)
        expectPasetoError(.authenticationFailed) { try PasetoV3.Public.verify(token, using: key.publicKey) }
        expectPasetoError(.authenticationFailed) {
            try PasetoV3.Public.verify(
                token,
                using: PasetoV3.Public.SecretKey.generate().publicKey,
                implicitAssertion: [7]
            )
        }
        // 96 bytes of r ‖ s after the message.
        let body = try #require(Base64URL.decode(token.split(separator: ".")[2]))
        #expect(body.count == Self.message.count + 96)
    }

    @Test("v1.local round-trips; the nonce depends on the message, so equal inputs with fresh randomness differ")
    func v1LocalRoundTrip() throws {
        let key = PasetoV1.Local.Key.generate()
        let token = PasetoV1.Local.encrypt(Self.message, using: key, footer: Self.footer)
        #expect(try PasetoV1.Local.decrypt(token, using: key, expectedFooter: Self.footer).payload == Self.message)
        #expect(token != PasetoV1.Local.encrypt(Self.message, using: key, footer: Self.footer))
        // With the same random value, two messages still get two nonces (the first 32 payload bytes).
        let fixed = [UInt8](repeating: 9, count: 32)
        let nonces = [Self.message, Self.message + [0x20]].map { message in
            let token = PasetoV1.Local.encrypt(message, using: key, footer: [], nonceKey: fixed)
            return Array((Base64URL.decode(token.dropFirst("v1.local.".count)) ?? []).prefix(32))
        }
        #expect(nonces[0].count == 32 && nonces[0] != nonces[1])
    }

    @Test("v1.public round-trips with a 2048-bit key and a 256-byte signature")
    func v1PublicRoundTrip() throws {
        let key = Self.rsaKey
        let token = PasetoV1.Public.sign(Self.message, using: key, footer: Self.footer)
        #expect(
            try PasetoV1.Public.verify(token, using: key.publicKey, expectedFooter: Self.footer).payload == Self.message
        )
        let body = try #require(Base64URL.decode(token.split(separator: ".")[2]))
        #expect(body.count == Self.message.count + 256)
        #expect(try PasetoV1.Public.SecretKey(paserk: key.exportPASERK()).publicKey == key.publicKey)
    }

    // MARK: Tampering

    @Test("Flipping any single bit of a v3 or v1 token's payload or footer makes it fail")
    func singleBitTamper() throws {
        let local3 = PasetoV3.Local.Key.generate()
        let local1 = PasetoV1.Local.Key.generate()
        let short = Array(#"{"a":1}"#.utf8)
        let footer = Array("kid".utf8)
        let cases: [(token: String, open: (String) throws -> VerifiedToken)] = [
            (
                PasetoV3.Local.encrypt(short, using: local3, footer: footer),
                { try PasetoV3.Local.decrypt($0, using: local3) }
            ),
            (
                PasetoV1.Local.encrypt(short, using: local1, footer: footer),
                { try PasetoV1.Local.decrypt($0, using: local1) }
            ),
            (
                PasetoV3.Public.sign(short, using: Self.p384Key, footer: footer),
                { try PasetoV3.Public.verify($0, using: Self.p384Key.publicKey) }
            ),
            (
                PasetoV1.Public.sign(short, using: Self.rsaKey, footer: footer),
                { try PasetoV1.Public.verify($0, using: Self.rsaKey.publicKey) }
            ),
        ]
        for (token, open) in cases {
            #expect(try open(token).payload == short)
            let flips = singleBitFlips(of: token)
            // RSA signatures are long: every bit of message and footer, and a sample of the signature's bits.
            let sample =
                token.hasPrefix("v1.public.") ? flips.enumerated().filter { $0.offset % 7 == 0 }.map(\.element) : flips
            for (description, tampered) in sample {
                let error = #expect(throws: PasetoError.self, "\(token.prefix(10)) \(description)") {
                    try open(tampered)
                }
                #expect(error?.code == .authenticationFailed, "\(description)")
            }
        }
    }

    // MARK: Versions, kinds and implicit assertions

    @Test("A key never opens a token of another version or purpose: key-mismatch before any cryptography")
    func versionMismatch() throws {
        let v3 = PasetoV3.Local.Key.generate()
        let v4 = try PasetoV4.Local.Key(rawBytes: v3.unsafeExportRawBytes())
        let v1 = try PasetoV1.Local.Key(rawBytes: v3.unsafeExportRawBytes())
        let token3 = PasetoV3.Local.encrypt(Self.message, using: v3)
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.decrypt(token3, using: v4) }
        expectPasetoError(.keyMismatch) { try PasetoV1.Local.decrypt(token3, using: v1) }
        expectPasetoError(.keyMismatch) {
            try PasetoV3.Local.decrypt(PasetoV4.Local.encrypt(Self.message, using: v4), using: v3)
        }
        expectPasetoError(.keyMismatch) {
            try PasetoV3.Local.decrypt(PasetoV1.Local.encrypt(Self.message, using: v1), using: v3)
        }
        let signed3 = PasetoV3.Public.sign(Self.message, using: Self.p384Key)
        expectPasetoError(.keyMismatch) { try PasetoV3.Local.decrypt(signed3, using: v3) }
        expectPasetoError(.keyMismatch) { try PasetoV1.Public.verify(signed3, using: Self.rsaKey.publicKey) }
        expectPasetoError(.keyMismatch) { try AnyPasetoKey(v4).decrypt(token3) }
        expectPasetoError(.keyMismatch) { try AnyPasetoKey(Self.p384Key).decrypt(token3) }
    }

    @Test("v1 has no implicit assertions: the key protocols refuse one with unsupported-version; v3 binds it")
    func implicitAssertions() throws {
        let v1 = PasetoV1.Local.Key.generate()
        expectPasetoError(.unsupportedVersion) { try v1.encrypt(Self.message, footer: [], implicitAssertion: [1]) }
        let token = try v1.encrypt(Self.message, footer: [], implicitAssertion: [])
        expectPasetoError(.unsupportedVersion) { try v1.decrypt(token, expectedFooter: nil, implicitAssertion: [1]) }
        expectPasetoError(.unsupportedVersion) {
            try Self.rsaKey.sign(Self.message, footer: [], implicitAssertion: [1])
        }
        let signed = try Self.rsaKey.sign(Self.message, footer: [], implicitAssertion: [])
        expectPasetoError(.unsupportedVersion) {
            try Self.rsaKey.publicKey.verify(signed, expectedFooter: nil, implicitAssertion: [1])
        }
        let v3 = PasetoV3.Local.Key.generate()
        let bound = v3.encrypt(Self.message, footer: [], implicitAssertion: [1])
        expectPasetoError(.authenticationFailed) { try v3.decrypt(bound, expectedFooter: nil, implicitAssertion: [2]) }
    }

    @Test("A short payload is malformed-token, never an out-of-bounds slice")
    func shortPayloads() throws {
        let v3 = PasetoV3.Local.Key.generate()
        for count in [0, 1, 79] {
            let body = Base64URL.encode([UInt8](repeating: 0, count: count))
            expectPasetoError(.malformedToken) {
                try PasetoV3.Local.decrypt("v3.local." + (count == 0 ? "" : body), using: v3)
            }
        }
        expectPasetoError(.malformedToken) {
            try PasetoV3.Public.verify(
                "v3.public." + Base64URL.encode([UInt8](repeating: 1, count: 95)),
                using: Self.p384Key.publicKey
            )
        }
        expectPasetoError(.malformedToken) {
            try PasetoV1.Public.verify(
                "v1.public." + Base64URL.encode([UInt8](repeating: 1, count: 255)),
                using: Self.rsaKey.publicKey
            )
        }
    }

    // MARK: Key validation

    @Test("P-384 public keys: 49-byte compressed or 97-byte uncompressed points on the curve only")
    func curvePoints() throws {
        let key = Self.p384Key.publicKey
        #expect(key.rawBytes.count == 49 && [0x02, 0x03].contains(key.rawBytes[0]))
        // x = 1 has no y on P-384: the compressed point is off the curve.
        let offCurve: [UInt8] = [0x02] + [UInt8](repeating: 0, count: 47) + [0x01]
        expectPasetoError(.invalidKey) { try PasetoV3.Public.PublicKey(rawBytes: offCurve) }
        expectPasetoError(.invalidKey) {
            try PasetoV3.Public.PublicKey(paserk: "k3.public." + Base64URL.encode(offCurve))
        }
        for bytes in [Array(key.rawBytes.dropLast()), key.rawBytes + [0], [0x04] + key.rawBytes.dropFirst(), []] {
            expectPasetoError(.invalidKey, "\(bytes.count) bytes") { try PasetoV3.Public.PublicKey(rawBytes: bytes) }
        }
        var wrongPrefix = key.rawBytes
        wrongPrefix[0] = 0x05
        expectPasetoError(.invalidKey) { try PasetoV3.Public.PublicKey(rawBytes: wrongPrefix) }
        // The generator, uncompressed, is the public key of the scalar 1; with y changed it is off the curve.
        let gx = "aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7"
        let gy = "3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f"
        var generator = try #require(Hex.decode("04" + gx + gy))
        let one = try PasetoV3.Public.SecretKey(rawBytes: [UInt8](repeating: 0, count: 47) + [1])
        #expect(try PasetoV3.Public.PublicKey(rawBytes: generator) == one.publicKey)
        #expect(one.publicKey.rawBytes == [0x03] + generator[1..<49])
        generator[96] ^= 1
        expectPasetoError(.invalidKey) { try PasetoV3.Public.PublicKey(rawBytes: generator) }
        #expect(try PasetoV3.Public.PublicKey(paserk: key.exportPASERK()) == key)
    }

    @Test("P-384 secret keys: a 48-byte scalar between 1 and the group order")
    func scalars() throws {
        let order = "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"
        for hex in [String(repeating: "00", count: 48), order, String(repeating: "ff", count: 48)] {
            expectPasetoError(.invalidKey, "\(hex.prefix(8))") {
                try PasetoV3.Public.SecretKey(rawBytes: Hex.decode(hex) ?? [])
            }
        }
        expectPasetoError(.invalidKey) { try PasetoV3.Public.SecretKey(rawBytes: [UInt8](repeating: 1, count: 47)) }
        let one = try PasetoV3.Public.SecretKey(rawBytes: [UInt8](repeating: 0, count: 47) + [1])
        #expect(one.publicKey.exportPASERK().hasPrefix("k3.public.A"))
        let belowOrder = try #require(Hex.decode(String(order.dropLast(2)) + "72"))
        #expect(try PasetoV3.Public.SecretKey(rawBytes: belowOrder).unsafeExportRawBytes() == belowOrder)
    }

    @Test("RSA keys: at least 2048 bits and exponent 65537; malformed DER and PEM are refused")
    func rsaKeys() throws {
        expectPasetoError(.invalidKey) { try PasetoV1.Public.PublicKey(pemRepresentation: Self.rsa1024PublicPEM) }
        expectPasetoError(.invalidKey) { try PasetoV1.Public.PublicKey(pemRepresentation: Self.rsaExponent3PublicPEM) }
        expectPasetoError(.invalidKey) {
            try PasetoV1.Public.PublicKey(derRepresentation: [0x30, 0x03, 0x02, 0x01, 0x01])
        }
        expectPasetoError(.invalidKey) {
            try PasetoV1.Public.SecretKey(derRepresentation: Array(Self.rsaKey.unsafeExportRawBytes().dropLast()))
        }
        let publicKey = Self.rsaKey.publicKey
        #expect(try PasetoV1.Public.PublicKey(derRepresentation: publicKey.rawBytes) == publicKey)
        // A PASERK must hold SubjectPublicKeyInfo DER exactly; extra bytes are refused.
        expectPasetoError(.invalidKey) {
            try PasetoV1.Public.PublicKey(paserk: "k1.public." + Base64URL.encode(publicKey.rawBytes + [0]))
        }
        #expect(try PasetoV1.Public.PublicKey(paserk: publicKey.exportPASERK()) == publicKey)
    }

    // MARK: Run-time keys

    @Test("AnyPasetoKey generates, reads and uses v3 and v1 keys of every kind")
    func anyKeys() throws {
        for version in [PasetoVersion.v3, .v1] {
            let local = try AnyPasetoKey.generate(version: version, purpose: .local)
            #expect(try local.decrypt(local.encrypt(Self.message)).payload == Self.message)
            let secret = version == .v3 ? AnyPasetoKey(Self.p384Key) : AnyPasetoKey(Self.rsaKey)
            let publicKey = try AnyPasetoKey(paserk: secret.publicKey().exportPASERK())
            #expect(try publicKey.verify(secret.sign(Self.message)).payload == Self.message)
            #expect(try AnyPasetoKey(paserk: secret.exportPASERK()).paserkID == secret.paserkID)
            #expect(secret.paserkID.hasPrefix("\(version.paserkPrefix).sid."))
        }
        #expect(try AnyPasetoKey.generate(version: .v3, purpose: .public).paserkType == .secret)
    }

    static let rsa1024PublicPEM = """
        -----BEGIN PUBLIC KEY-----
        MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDD9MZEdwCLZIQhbKqm0q4uOxDu
        5ukudZRgZXP5fnbXcTUrmnb1ineMmOKuL8ZQQblbgj4EGDL0ufJMlqURwZlPoa9p
        Id1d+rPr9/jq+14eJ5yYuJ1PN3cSLdg0M9gQ2ciuSn+ajnZGCkE9IjcSuHQSLUOF
        SeSh1TXKEl9IfaGUyQIDAQAB
        -----END PUBLIC KEY-----
        """

    static let rsaExponent3PublicPEM = """
        -----BEGIN PUBLIC KEY-----
        MIIBIDANBgkqhkiG9w0BAQEFAAOCAQ0AMIIBCAKCAQEAxUzc4id5wfkRuCKoGsOS
        0WktpWMRU0H7NleT64ZM78O4mFWx56ebwz4m2dY3MPf1qcDPQT49z/sJ7LTqzW0j
        vAkleHUDdV43+riY3kImiwpUSxDTGmR/thGvoE7atz7q9JF51M38YOU0M1jb3XwQ
        I6Q1jxDPYyDbRfZIKtIAFyM8KrNf+PIbx+eT0wN57bZu1zspMVJSfumYO7VKbT9A
        60wI0JffTkIqKvoBLQU7eTEooLQYRfbBrAaWyIPy/ZNQne8gNPlw/VhtrqwDy5Pe
        nNg5iOtu47Np4NYlnzb6xCiQyXm/WCeTNb731lsMidHES5qWBakmcKxP3kP1wf16
        gwIBAw==
        -----END PUBLIC KEY-----
        """
}
