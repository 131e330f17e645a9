import Foundation
import Testing

@testable import PasetoKit

/// One key of each version and purpose that opens tokens (local keys decrypt, public keys verify).
private func openingKeys() throws -> [AnyPasetoKey] {
    try PasetoVersion.all.flatMap { version in
        [
            try AnyPasetoKey.generate(version: version, purpose: .local),
            try AnyPasetoKey.generate(version: version, purpose: .public).publicKey(),
        ]
    }
}

/// Hostile inputs at the API: each is refused (or handled) in bounded time and memory, never a crash.
/// Limits: Docs/Security.md. Timings belong in Benchmarks/, not here.
@Suite("Hostile input at the API")
struct HostileInputTests {
    let key = PasetoV4.Local.Key.generate()

    func claimsError(_ token: String) -> PasetoError.Code? {
        errorCode { _ = try key.decrypt(token, as: NoCustomClaims.self, rules: timeRules()) }
    }

    @Test(
        "1 MB and 10 MB tokens: the claims API refuses them by length, every raw open fails closed",
        arguments: [1 << 20, 10 << 20]
    )
    func hugeTokens(_ size: Int) throws {
        // Every version and purpose at 1 MB; at 10 MB the Sodium versions only (the same code paths, and the
        // NIST versions' unoptimised debug hashing would dominate the suite's time).
        let keys = try openingKeys().filter { size <= 1 << 20 || [.v2, .v4].contains($0.version) }
        for opening in keys {
            let token = opening.tokenHeader.description + String(repeating: "A", count: size)
            let code = errorCode { _ = try opening.open(token) }
            #expect(code == .authenticationFailed || code == .malformedToken, "\(opening.tokenHeader.name)")
            // The untrusted view reads the header without decoding more than it must: no footer here.
            #expect((try? UntrustedToken(token).untrustedParsedFooter()) == PasetoFooter.none)
        }
        let token = "v4.local." + String(repeating: "A", count: size)
        #expect(claimsError(token) == .limitExceeded)
        #expect(claimsError(token + "." + String(repeating: "e", count: size)) == .limitExceeded)
    }

    @Test("A million segments and a million dots are malformed for every version and purpose")
    func millionSegments() throws {
        let dots = String(repeating: ".", count: 1_000_000)
        let segments = String(repeating: "AAAA.", count: 1_000_000)
        for opening in try openingKeys() {
            let header = opening.tokenHeader.description
            #expect(errorCode { _ = try opening.open(header + "AAAA" + dots) } == .malformedToken)
            #expect(errorCode { _ = try opening.open(header + segments) } == .malformedToken)
            #expect(errorCode { _ = try UntrustedToken(header + segments) } == .malformedToken)
        }
    }

    @Test("NUL bytes and invalid UTF-8 in the token text are refused before any cryptography")
    func nulAndInvalidUTF8InToken() {
        let token = rawLocalToken(#"{"exp":"2027-01-01T00:00:00Z"}"#, key: key)
        for hostile in [
            token + "\u{0}", "\u{0}" + token, token.replacingOccurrences(of: ".", with: "\u{0}"),
            String(decoding: Array(token.utf8) + [0xFF, 0xFE], as: UTF8.self),
        ] {
            #expect(claimsError(hostile) != nil)
            #expect(errorCode { _ = try PasetoV4.Local.decrypt(hostile, using: key) } != nil)
        }
    }

    @Test("Invalid UTF-8 and NUL bytes in an authenticated payload or footer")
    func invalidUTF8InPayload() {
        let invalid: [[UInt8]] = [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]]
        for bytes in invalid {
            let payload = Array(#"{"exp":"2027-01-01T00:00:00Z","x":""#.utf8) + bytes + Array(#""}"#.utf8)
            let token = PasetoV4.Local.encrypt(payload, using: key)
            #expect(claimsError(token) == .invalidPayload)
            let footer = Array(#"{"x":""#.utf8) + bytes + Array(#""}"#.utf8)
            let withFooter = PasetoV4.Local.encrypt(
                Array(#"{"exp":"2027-01-01T00:00:00Z"}"#.utf8),
                using: key,
                footer: footer
            )
            #expect(claimsError(withFooter) == .invalidFooter)
        }
        let raw = PasetoV4.Local.encrypt(Array(#"{"exp":"2027-01-01T00:00:00Z","x":"a\u{0}b"}"#.utf8), using: key)
        #expect(claimsError(raw) == .invalidPayload)
        let escaped = rawLocalToken(#"{"exp":"2027-01-01T00:00:00Z","x":"a\u0000b"}"#, key: key)
        #expect(claimsError(escaped) == nil)
    }

    @Test("1e400, -1e400, 1e-400 and -0 in every payload position")
    func extremeNumbersInPayload() throws {
        for literal in ["1e400", "-1e400", "1e-400", "-0", "-0.0", "123456789012345678901234567890e999999999"] {
            // Registered claims must be strings: a number there is invalid-claim.
            for claim in ["exp", "nbf", "iat", "iss", "sub", "aud", "jti"] {
                let json =
                    claim == "exp"
                    ? #"{"exp":\#(literal)}"# : #"{"exp":"2027-01-01T00:00:00Z","\#(claim)":\#(literal)}"#
                #expect(claimsError(rawLocalToken(json, key: key)) == .invalidClaim, "\(claim): \(literal)")
            }
            // Anywhere else the literal is kept as text; reading it as a number never traps.
            let json = #"{"exp":"2027-01-01T00:00:00Z","n":\#(literal),"a":[\#(literal)],"o":{"n":\#(literal)}}"#
            #expect(claimsError(rawLocalToken(json, key: key)) == nil, "\(literal)")
            let claims = try ClaimSet(payload: Array(json.utf8))
            _ = claims.int("n")
            _ = claims.double("n")
            #expect(claims.double("n")?.isFinite ?? true)
            struct Typed: Decodable { var n: Double?; var a: [Int]?; var o: [String: Int64]? }
            _ = try? JSONValueDecoder.decode(
                Typed.self,
                from: StrictJSONParser.parse(Array(json.utf8), limits: .init(maximumDepth: 4))
            )
            // At the top level the payload is not an object.
            #expect(claimsError(rawLocalToken(literal, key: key)) == .invalidPayload)
        }
    }

    @Test("1e400 and -0 in every footer position")
    func extremeNumbersInFooter() {
        let payload = Array(#"{"exp":"2027-01-01T00:00:00Z"}"#.utf8)
        for literal in ["1e400", "-0", "-1e400"] {
            let kid = PasetoV4.Local.encrypt(payload, using: key, footer: Array(#"{"kid":\#(literal)}"#.utf8))
            #expect(claimsError(kid) == .invalidFooter)
            let other = PasetoV4.Local.encrypt(payload, using: key, footer: Array(#"{"n":\#(literal)}"#.utf8))
            #expect(claimsError(other) == nil)
            let top = PasetoV4.Local.encrypt(payload, using: key, footer: Array(literal.utf8))
            #expect(claimsError(top) == nil)
            #expect(errorCode { _ = try UntrustedToken(kid).untrustedParsedFooter() } == .invalidFooter)
        }
    }

    @Test("20,000-deep JSON in the payload and in the footer is limit-exceeded")
    func deepNesting() {
        let deep = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        let deepObject = String(repeating: #"{"a":"#, count: 20_000) + "1" + String(repeating: "}", count: 20_000)
        #expect(claimsError(rawLocalToken(#"{"exp":"2027-01-01T00:00:00Z","d":\#(deep)}"#, key: key)) == .limitExceeded)
        #expect(errorCode { _ = try ClaimSet(payload: Array(deepObject.utf8)) } == .limitExceeded)
        let payload = Array(#"{"exp":"2027-01-01T00:00:00Z"}"#.utf8)
        let footer = PasetoV4.Local.encrypt(payload, using: key, footer: Array(deepObject.utf8))
        #expect(claimsError(footer) == .limitExceeded)
    }

    @Test("Huge footers: over 8 KiB is limit-exceeded, with the claims API and the untrusted view")
    func hugeFooters() {
        let payload = Array(#"{"exp":"2027-01-01T00:00:00Z"}"#.utf8)
        for size in [8 * 1024 + 1, 40_000] {
            let json = Array(#"{"x":""#.utf8) + Array(repeating: UInt8(ascii: "a"), count: size) + Array(#""}"#.utf8)
            let token = PasetoV4.Local.encrypt(payload, using: key, footer: json)
            #expect(claimsError(token) == .limitExceeded)
            #expect(errorCode { _ = try UntrustedToken(token).untrustedParsedFooter() } == .limitExceeded)
        }
        let members = "{" + (0..<600).map { #""m\#($0)":0"# }.joined(separator: ",") + "}"
        let many = PasetoV4.Local.encrypt(payload, using: key, footer: Array(members.utf8))
        #expect(claimsError(many) == .limitExceeded)
    }

    @Test("Keys of every wrong length are invalid-key, for every version", arguments: Array(0...130))
    func wrongKeyLengths(_ length: Int) {
        let bytes = [UInt8](repeating: 0x42, count: length)
        func code(_ body: () throws -> Void) -> PasetoError.Code? { errorCode(body) }
        if length != 32 {
            #expect(code { _ = try PasetoV1.Local.Key(rawBytes: bytes) } == .invalidKey)
            #expect(code { _ = try PasetoV2.Local.Key(rawBytes: bytes) } == .invalidKey)
            #expect(code { _ = try PasetoV3.Local.Key(rawBytes: bytes) } == .invalidKey)
            #expect(code { _ = try PasetoV4.Local.Key(rawBytes: bytes) } == .invalidKey)
            #expect(code { _ = try PasetoV2.Public.PublicKey(rawBytes: bytes) } == .invalidKey)
            #expect(code { _ = try PasetoV4.Public.PublicKey(rawBytes: bytes) } == .invalidKey)
            #expect(code { _ = try PasetoV4.Public.SecretKey(seed: bytes) } == .invalidKey)
        }
        if length != 64 {
            #expect(code { _ = try PasetoV2.Public.SecretKey(rawBytes: bytes) } == .invalidKey)
            #expect(code { _ = try PasetoV4.Public.SecretKey(rawBytes: bytes) } == .invalidKey)
        }
        if length != 48 { #expect(code { _ = try PasetoV3.Public.SecretKey(rawBytes: bytes) } == .invalidKey) }
        // 0x42 is no valid point prefix, so no length is a P-384 public key.
        #expect(code { _ = try PasetoV3.Public.PublicKey(rawBytes: bytes) } == .invalidKey)
        #expect(code { _ = try PasetoV1.Public.PublicKey(derRepresentation: bytes) } == .invalidKey)
        for header in [
            "k1.local.", "k2.local.", "k3.local.", "k4.local.", "k2.public.", "k3.public.", "k4.public.",
            "k2.secret.", "k3.secret.", "k4.secret.",
        ] where length > 0 {
            let paserk = header + Base64URL.encode(bytes)
            let valid =
                (header.hasSuffix("local.") && length == 32) || (header == "k3.secret." && length == 48)
                || (["k2.public.", "k4.public."].contains(header) && length == 32)
            if !valid { #expect(code { _ = try AnyPasetoKey(paserk: paserk) } == .invalidKey, "\(header)\(length)") }
        }
    }

    /// The official vectors' v1 public key (`paseto/v1.json`) and k3 sealing keys (`paserk/k3.seal.json`).
    static let rsaPublicPEM = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyaTgTt53ph3p5GHgwoGW
        wz5hRfWXSQA08NCOwe0FEgALWos9GCjNFCd723nCHxBtN1qd74MSh/uN88JPIbwx
        KheDp4kxo4YMN5trPaF0e9G6Bj1N02HnanxFLW+gmLbgYO/SZYfWF/M8yLBcu5Y1
        Ot0ZxDDDXS9wIQTtBE0ne3YbxgZJAZTU5XqyQ1DxdzYyC5lF6yBaR5UQtCYTnXAA
        pVRuUI2Sd6L1E2vl9bSBumZ5IpNxkRnAwIMjeTJB/0AIELh0mE5vwdihOCbdV6al
        UyhKC1+1w/FW6HWcp/JG1kKC8DPIidZ78Bbqv9YFzkAbNni5eSBOsXVBKG78Zsc8
        owIDAQAB
        -----END PUBLIC KEY-----
        """
    static let p384PublicPEM = """
        -----BEGIN PUBLIC KEY-----
        MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE+R+5k0jso3yCw7Urmr2X2pSN3aDPKUVJ
        W08zcmC6jPYlZmo6XNCUV7yrgbRrWIu2H7fnqha+gbsxq3W+Gdb5L0XCOdOJtKio
        hM44YuruLDYM1tt661ZEWJG9qBN0iT5K
        -----END PUBLIC KEY-----
        """
    static let p384SecretPEM = """
        -----BEGIN EC PRIVATE KEY-----
        MIGkAgEBBDAhUb6WGhABE1MTj0x7E/5acgyap23kh7hUAVoAavKyfhYcmI3n1Q7L
        JpHxNb792H6gBwYFK4EEACKhZANiAAT5H7mTSOyjfILDtSuavZfalI3doM8pRUlb
        TzNyYLqM9iVmajpc0JRXvKuBtGtYi7Yft+eqFr6BuzGrdb4Z1vkvRcI504m0qKiE
        zjhi6u4sNgzW23rrVkRYkb2oE3SJPko=
        -----END EC PRIVATE KEY-----
        """

    @Test("PEM keys with trailing garbage, or a second key: refused, or (v1) the same key as without it")
    func pemWithTrailingGarbage() throws {
        let rsa = try PasetoV1.Public.PublicKey(pemRepresentation: Self.rsaPublicPEM)
        _ = try PasetoV3.Public.PublicKey(pemRepresentation: Self.p384PublicPEM)
        _ = try PasetoV3.Public.SecretKey(pemRepresentation: Self.p384SecretPEM)
        let second = "\n-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
        for garbage in ["garbage", "\ngarbage", second, "\u{0}", "\n\u{0}\u{FF}", Self.rsaPublicPEM] {
            // swift-crypto's RSA PEM reader ignores text after the END line: never another key, though.
            do {
                let parsed = try PasetoV1.Public.PublicKey(pemRepresentation: Self.rsaPublicPEM + garbage)
                #expect(parsed == rsa, "\(garbage.debugDescription)")
            } catch {
                #expect((error as? PasetoError)?.code == .invalidKey)
            }
            #expect(
                errorCode { _ = try PasetoV3.Public.PublicKey(pemRepresentation: Self.p384PublicPEM + garbage) }
                    == .invalidKey
            )
            #expect(
                errorCode { _ = try PasetoV3.Public.SecretKey(pemRepresentation: Self.p384SecretPEM + garbage) }
                    == .invalidKey
            )
        }
    }
}
