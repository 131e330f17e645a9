import PasetoVectors
import Testing

@testable import PasetoKit

/// Keys are checked as they are imported (issue 11): Ed25519 public keys must be canonical points of the
/// prime-order subgroup, v1 keys exactly 2048-bit RSA with e = 65537, and a PASERK may carry the surrounding
/// whitespace of the file it was read from.
@Suite("Key import hardening")
struct KeyImportHardeningTests {
    // MARK: Ed25519 public keys (v2, v4)

    /// Encodings that are 32 bytes long but no usable public key, each with why.
    static let invalidEd25519PublicKeys: [(String, String)] = [
        ("all zero (y = 0: a point of order 4)", String(repeating: "00", count: 32)),
        ("the identity (y = 1)", "01" + String(repeating: "00", count: 31)),
        // y = 2 has no x on the curve: (y^2 - 1) / (d y^2 + 1) is not a square mod 2^255 - 19 (checked with
        // RFC 8032 section 5.1.3's decompression in Python).
        ("off the curve (y = 2)", "02" + String(repeating: "00", count: 31)),
        ("a point of order 8", "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
        ("a point of order 8, the other sign", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
        ("y = p, not canonical", "ed" + String(repeating: "ff", count: 30) + "7f"),
        ("all ones: y >= p, not canonical", String(repeating: "ff", count: 32)),
    ]

    @Test("Ed25519 public keys that are no usable point are invalid-key, raw and as PASERK, v4 and v2")
    func invalidEd25519PublicKeys() throws {
        for (reason, hex) in Self.invalidEd25519PublicKeys {
            let bytes = try #require(Hex.decode(hex))
            expectPasetoError(.invalidKey, "\(reason)") { try PasetoV4.Public.PublicKey(rawBytes: bytes) }
            expectPasetoError(.invalidKey, "\(reason)") { try PasetoV2.Public.PublicKey(rawBytes: bytes) }
            let paserk = "k4.public." + Base64URL.encode(bytes)
            expectPasetoError(.invalidKey, "\(reason)") { try PasetoV4.Public.PublicKey(paserk: paserk) }
            expectPasetoError(.invalidKey, "\(reason)") { try AnyPasetoKey(paserk: paserk) }
        }
    }

    @Test("Every generated Ed25519 public key is accepted")
    func generatedEd25519PublicKeys() throws {
        for _ in 0..<64 {
            let key = PasetoV4.Public.SecretKey.generate().publicKey
            #expect(try PasetoV4.Public.PublicKey(rawBytes: key.rawBytes) == key)
        }
    }

    // MARK: v1 RSA keys

    @Test("v1 keys are exactly 2048-bit RSA: 2056- and 3072-bit keys are invalid-key, public and secret")
    func rsaKeySizes() {
        expectPasetoError(.invalidKey) { try PasetoV1.Public.PublicKey(pemRepresentation: Self.rsa2056PublicPEM) }
        expectPasetoError(.invalidKey) { try PasetoV1.Public.PublicKey(pemRepresentation: Self.rsa3072PublicPEM) }
        expectPasetoError(.invalidKey) { try PasetoV1.Public.SecretKey(pemRepresentation: Self.rsa3072SecretPEM) }
    }

    @Test("A generated v1 key is 2048 bits: its signature is 256 bytes and it imports again")
    func rsaGeneratedKey() throws {
        let key = PasetoV1.Public.SecretKey.generate()
        let reimported = try PasetoV1.Public.SecretKey(derRepresentation: key.unsafeExportRawBytes())
        #expect(reimported.publicKey == key.publicKey)
        let token = PasetoV1.Public.sign([1, 2, 3], using: key)
        let body = try #require(Base64URL.decode(token.dropFirst("v1.public.".count)))
        #expect(body.count == 3 + 256)
        #expect(try PasetoV1.Public.PublicKey(derRepresentation: key.publicKey.rawBytes) == key.publicKey)
    }

    // MARK: PASERK whitespace

    @Test(
        "init(paserk:) ignores surrounding ASCII whitespace, as a key file written by keygen --out ends",
        arguments: ["\n", "\r\n", " ", "\t", " \n\n"]
    )
    func surroundingWhitespace(_ space: String) throws {
        let local = PasetoV4.Local.Key.generate()
        let expected = local.exportPASERK()
        #expect(try PasetoV4.Local.Key(paserk: expected + space).exportPASERK() == expected)
        #expect(try PasetoV4.Local.Key(paserk: space + expected + space).exportPASERK() == expected)
        let secret = PasetoV4.Public.SecretKey.generate()
        #expect(try PasetoV4.Public.SecretKey(paserk: secret.exportPASERK() + space).publicKey == secret.publicKey)
        #expect(try PasetoV4.Public.PublicKey(paserk: secret.publicKey.exportPASERK() + space) == secret.publicKey)
        let loaded = try AnyPasetoKey(paserk: space + local.exportPASERK() + space)
        #expect(loaded.exportPASERK() == local.exportPASERK())
        let v3 = PasetoV3.Local.Key.generate()
        #expect(try PasetoV3.Local.Key(paserk: v3.exportPASERK() + space).exportPASERK() == v3.exportPASERK())
    }

    @Test("Whitespace inside a PASERK, or Unicode spaces around it, are still invalid-key")
    func otherWhitespace() {
        let paserk = PasetoV4.Local.Key.generate().exportPASERK()
        let inside = paserk.prefix(20) + " " + paserk.dropFirst(20)
        expectPasetoError(.invalidKey) { try PasetoV4.Local.Key(paserk: String(inside)) }
        expectPasetoError(.invalidKey) { try PasetoV4.Local.Key(paserk: paserk + "\u{A0}") }
        expectPasetoError(.invalidKey) { try PasetoV4.Local.Key(paserk: "\u{2003}" + paserk) }
        expectPasetoError(.invalidKey) { try PasetoV4.Local.Key(paserk: paserk + "\0") }
        expectPasetoError(.invalidKey) { try PasetoV4.Local.Key(paserk: "\n\t ") }
    }

    // MARK: Fixtures

    /// Made with `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2056` then `openssl pkey -pubout`.
    static let rsa2056PublicPEM = """
        -----BEGIN PUBLIC KEY-----
        MIIBIzANBgkqhkiG9w0BAQEFAAOCARAAMIIBCwKCAQIAnvty1v+8SUl7/ZWyc3sb
        YnDTIBteMPjet4exi1+yZ1L1NQTxiFgxCnyRXx8Md7E8Mxn8JnpzloozgboRtj4b
        WOQNO614Wwy89y0MUrr0b+5KNOmMmp5f95baHEBrn9nsxKaXzqLP1Y7406p/XvuF
        9z4iL++p481/ix+WVkS/sxp9PRZnJ4R1pr1Yj9vWIxsjbsMsesoSFLVnP97kOdNb
        Rm6aBH1+RjtbQ7WUT0m/gsoaZYaDIQZZ9gXVQEqNyDCgy+Gi37b3khMBqzV0vCRX
        U8mz9dxDk74c0WICoPFSokROHNfAU+j1Qo6XAwE0vXtI/U7rmrja0aLEfdRs+Jap
        r68CAwEAAQ==
        -----END PUBLIC KEY-----
        """

    /// Made with `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072` then `openssl pkey -pubout`.
    static let rsa3072PublicPEM = """
        -----BEGIN PUBLIC KEY-----
        MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAx9xhz+c4VUfA1La+g2QI
        CrcSE4Pp7iulsB4PiSJ/6qfvAvEMK1gSO5G24arTPBWlaCGgiYb2qyCU77J1J2ib
        wCV7S/uZG97JrUCF/7FMu4Gn1zie76yH7+lRMZW5TY6hKVyl85l8OWfPuHH5yvQD
        53igii13tC67TIakCwz5OXbLrIEqlzxR7gDwXEoHshH3MFzr1WW7NkvYQlg7Vqn/
        y23Fi8E+LlyWxnLVpyLqOunULOJSEIhdStgxCAB7/ehu5a7k0iFefvPc4mtKYZIp
        zN+kXBNqllmjEXsQfA6W4qBt9n0Se03h0x6At8Dflj9cif118NlegEw553eD5kPN
        swuJgvlYC/04Ypy6vAQ2EHu3udZz1b8hDXTuSCjV73tDREQN7KlMhAaQ/At9Grvz
        RiJ2CFUEWRWWre04XQ8sS7vCEvfy9Lo4aontrN1eX+UISr/vX2wJ/Kl5i7HaAqdV
        fQw3yG+iiRxQzR1bZSl8PW/fI+OLoJjW1LYoMsXpMCaxAgMBAAE=
        -----END PUBLIC KEY-----
        """

    /// The secret half of ``rsa3072PublicPEM`` (a test key, used for nothing else).
    static let rsa3072SecretPEM = """
        -----BEGIN PRIVATE KEY-----
        MIIG/QIBADANBgkqhkiG9w0BAQEFAASCBucwggbjAgEAAoIBgQDH3GHP5zhVR8DU
        tr6DZAgKtxITg+nuK6WwHg+JIn/qp+8C8QwrWBI7kbbhqtM8FaVoIaCJhvarIJTv
        snUnaJvAJXtL+5kb3smtQIX/sUy7gafXOJ7vrIfv6VExlblNjqEpXKXzmXw5Z8+4
        cfnK9APneKCKLXe0LrtMhqQLDPk5dsusgSqXPFHuAPBcSgeyEfcwXOvVZbs2S9hC
        WDtWqf/LbcWLwT4uXJbGctWnIuo66dQs4lIQiF1K2DEIAHv96G7lruTSIV5+89zi
        a0phkinM36RcE2qWWaMRexB8DpbioG32fRJ7TeHTHoC3wN+WP1yJ/XXw2V6ATDnn
        d4PmQ82zC4mC+VgL/ThinLq8BDYQe7e51nPVvyENdO5IKNXve0NERA3sqUyEBpD8
        C30au/NGInYIVQRZFZat7ThdDyxLu8IS9/L0ujhqie2s3V5f5QhKv+9fbAn8qXmL
        sdoCp1V9DDfIb6KJHFDNHVtlKXw9b98j44ugmNbUtigyxekwJrECAwEAAQKCAYAA
        sHhuo3iCg1zFqRtpxPlBnOQBmU+isAV7CO1zcoH47QKHE0i1KUdNysBtkmcxHOeL
        BI9cJfWi2AI5q6apQC3CX9v6bHEPnzDS6hUv5INNZb9xaMdXyZHwkvCnmF7hHp3G
        zOb96lDhahfVrVOlnviNymqQQFvd85Z0VhomFmijpsWSPVUgQo4LVI0R99kOWOBY
        OrdNzlYBo9YLMBSE4tFc26WC003Rh31INqiGpmjDz67a2WfJiqr6ywj8Qi4crHDT
        WEua6bI1iREVMq+tg8g1taEuWKzmD+DAd3q0Rus6yZFK+6xhMW9QufCYNvSGwsHk
        SjkB4Ifk0Tg+Dxs/KES2sXv36uJzo15UF+aSbDDbCRCKe0a3h3DBbr5ZiHQypcFv
        ow+JC42WZTnIiL50g1C6tuM7GIwKMBYY8sWOTvQRi/3QEe+ccwy6h21TrQPXiwLo
        HrzntzKyAInnIJhP8c3EMlqVdIKF4upM4iZzlNkI1b4x4MyjdjmxqOytY4GX+qEC
        gcEA75cXRXA/g2m5wt3J7qJNhzMxa42uenwciBq05fvyyaILB+OK1QWR+Zz/09g3
        Atwe9uxbqDtNRwJwwR9ph42Km+gaHeBAEHOQwyuaw5D1whWJmdehh+tkc27BTKlj
        vMIefuPFLGY7m4nm5RDulJ9MiJ7ShMo9ryf2PWPuCn2vq7RkNBdkzIVumnSBV2E8
        TzLA2rTltUMhfqmqN9+zrwUmpJcX3+dLcC5cAk6Y+jATxzOdJq0K4Gh2fZVoaVo+
        MKd5AoHBANWMsBxX91MUPIxLW24pPFH1Fk9Ik2R8pXPfIwaBvAkTptvWhK2go7us
        kH1kFwcaFZt6zZRS/1cO9MKT6QRBHFIEH6WPTL+zf8Cj91W7VkepdoWtUER91/2n
        viqwE9c8OmkktlMdkyR+/GOeuIZW6Zcqv6ryYM9aXboOX7OI228E+CoiljsREua0
        G6mJK1nYjPzlMuzYkTC0xCNBC0ufd/18BdV2+P0O8avVGC3d93R/VZ9p6sRbAmwC
        nTrOK1zS+QKBwER4MF1Ww7/hcgXfbjr1RSSzG5d6CPfWCi1XPIVRKEQ5O9/IRj+0
        dNAZ7v5ylt4JXAwC5frA38fAScrXGEh1ybvea8BH+ub4r9Em3/atsZ4Cm61Mc0wt
        mCpo53LqIaeq7h4jJ5EVskkz8rlZymTM1YlhohXy2gf5aqSGr1tuKcrvJYfBe7v7
        Ee2wB9qZ3itf/L9D3TWc9rCE+jE3i9kjprR4vYjuR5/Kj97U6WDuZmiSNoH8B9Sz
        5dDj5s/cy1MKOQKBwGYtwP5u4Lpxzl7al87oECKvAJPDCDNmqMv+koXEgbJeItLB
        nA5v9KgR87jrsVEGnBwe8EruQ5rmXxrTJwWQGfrsWjAflvuK6a/FRM1Sq//yB/IC
        cYu0IysNniJSycuM1+4DUPIIDqXB1QXdpjExWOep3rfu7X+Jn5ss0YHYFBbU6+FN
        V1C/5KlauHmwVnvQ7/T5vhoxrZb+h3LO5payoPk65Je1K4H6Koyrk7wunv6xBskW
        Juz5FvmTbqP6jikGEQKBwQChWuPZ4c47BIxA0ZLVmsL+POLrqXSrGJx65L9KGlAQ
        3OGT2NF2APcT2ynQU3VbPZuixyQ6KdLRABVSD+LhL7/naWuk8Cv63uQzRbAjSIzt
        U1nyM9kWNgYjalwAc17FU9oVmy8YJJcf1q+Eo9Y20E3GuqRG1J8lCvF789P7rJi1
        xu1Ci1pC2Q67p8JMLr0wA0fMTArq9jKI+NocIJXVNAGXubkhLn6DswjMZVlvGEuU
        ULwPm65eqnN4FpGx/U2H6I8=
        -----END PRIVATE KEY-----
        """
}
