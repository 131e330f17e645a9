// libFuzzer target: PASETO token parsing, then decryption or verification with the fixed keys of the official
// vectors, for every version and purpose, then the claims of whatever authenticates.
//
// Input: the token text, optionally followed by a line feed and the implicit assertion (tokens never hold a
// line feed). Build and run: `make fuzz` (Docs/Security.md). A plain `swift build` builds a do-nothing
// executable.
internal import Foundation
internal import PasetoKit

/// The value of `body`, which builds a fixed key and cannot fail with the constants above.
private func fixed<T>(_ body: () throws -> T) -> T {
    do {
        return try body()
    } catch {
        fatalError("a fixed harness value failed: \(error)")
    }
}

/// The official vectors' keys (`paseto/v1.json` … `v4.json`), one per version and purpose.
private let keys: [TokenHeader: AnyPasetoKey] = {
    func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
    let local = hex("707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f")
    let edPublic = hex("1eb9dbbbbc047c03fd70604e0071f0987e16b28b757225c11f00415d0e20b1a2")
    let p384Public = hex(
        "02fbcb7c69ee1c60579be7a334134878d9c5c5bf35d552dab63c0140397ed14cef637d7720925c44699ea30e72874c72fb"
    )
    let rsaPublic = """
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
    let all: [AnyPasetoKey] = fixed {
        try [
            AnyPasetoKey(PasetoV1.Local.Key(rawBytes: local)),
            AnyPasetoKey(PasetoV1.Public.PublicKey(pemRepresentation: rsaPublic)),
            AnyPasetoKey(PasetoV2.Local.Key(rawBytes: local)),
            AnyPasetoKey(PasetoV2.Public.PublicKey(rawBytes: edPublic)),
            AnyPasetoKey(PasetoV3.Local.Key(rawBytes: local)),
            AnyPasetoKey(PasetoV3.Public.PublicKey(rawBytes: p384Public)),
            AnyPasetoKey(PasetoV4.Local.Key(rawBytes: local)),
            AnyPasetoKey(PasetoV4.Public.PublicKey(rawBytes: edPublic)),
        ]
    }
    return Dictionary(uniqueKeysWithValues: all.map { ($0.tokenHeader, $0) })
}()

/// A clock inside the vectors' lifetimes, so authenticated payloads reach every claim rule.
private let rules = ClaimRules(
    issuer: nil,
    audience: nil,
    clock: FixedClock(Date(timeIntervalSince1970: 1_600_000_000))
)

/// One libFuzzer execution.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokens(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let split = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
    let token = String(decoding: bytes[..<split], as: UTF8.self)
    let assertion = split < bytes.endIndex ? Array(bytes[(split + 1)...]) : []

    guard let untrusted = try? UntrustedToken(token) else {
        // Whatever the parser refuses, no key may accept.
        for key in keys.values { precondition((try? key.open(token, implicitAssertion: assertion)) == nil) }
        return 0
    }
    precondition(token.hasPrefix(untrusted.header.description), "parsed header is not the token's prefix")
    _ = untrusted.description
    _ = try? untrusted.untrustedParsedFooter()

    // Every key is tried, so a token must be refused by the keys of other versions and purposes.
    for (header, key) in keys {
        guard let verified = try? key.open(token, implicitAssertion: assertion) else { continue }
        precondition(header == untrusted.header, "a key of another version or purpose accepted the token")
        precondition(verified.footer == untrusted.untrustedFooter, "authenticated footer differs from the parsed one")
        if header.purpose == .public {
            precondition(verified.payload == untrusted.untrustedPayload, "verified payload differs from the parsed one")
        }
        _ = try? key.open(token, expectedFooter: verified.footer, implicitAssertion: assertion)
        _ = verified.description
        if let claims = try? ClaimSet(payload: verified.payload) {
            _ = try? rules.validate(claims)
        }
    }
    return 0
}
