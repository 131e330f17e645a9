@testable import PasetoKit

/// Every token that differs from `token` in exactly one bit of its decoded payload or footer segment,
/// re-encoded canonically (so each one reaches the cryptographic check).
func singleBitFlips(of token: String) -> [(description: String, token: String)] {
    let segments = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let header = segments[0] + "." + segments[1] + "."
    let body = Base64URL.decode(segments[2]) ?? []
    let footer = segments.count == 4 ? Base64URL.decode(segments[3]) ?? [] : []
    func assemble(_ body: [UInt8], _ footer: [UInt8]) -> String {
        header + Base64URL.encode(body) + (footer.isEmpty ? "" : "." + Base64URL.encode(footer))
    }
    var variants: [(String, String)] = []
    for index in body.indices {
        for bit in 0..<8 {
            var flipped = body
            flipped[index] ^= 1 << bit
            variants.append(("payload byte \(index) bit \(bit)", assemble(flipped, footer)))
        }
    }
    for index in footer.indices {
        for bit in 0..<8 {
            var flipped = footer
            flipped[index] ^= 1 << bit
            variants.append(("footer byte \(index) bit \(bit)", assemble(body, flipped)))
        }
    }
    return variants
}
