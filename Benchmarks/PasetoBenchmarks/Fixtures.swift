import Foundation
import PasetoKit

/// The inputs every benchmark shares, built once.
enum Fixtures {
    /// A service's claims: registered ones plus a role and scopes (about 250 bytes of JSON).
    struct Session: Codable, Sendable {
        var role: String
        var scopes: [String]
        var tenant: String
    }

    static let session = Session(role: "admin", scopes: ["read", "write", "audit"], tenant: "acme-corporation")
    static let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    static let claims = PasetoClaims(
        session,
        issuer: "https://auth.example.com",
        subject: "user-1234567890",
        audience: "https://api.example.com",
        expiration: now.addingTimeInterval(3600),
        notBefore: now,
        issuedAt: now,
        tokenID: "3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c34"
    )
    static let issuing = IssuingPolicy(clock: FixedClock(now))
    static let rules: ClaimRules = {
        var rules = ClaimRules(issuer: "https://auth.example.com", audience: "https://api.example.com")
        rules.clock = FixedClock(now.addingTimeInterval(60))
        return rules
    }()

    /// The same claims as JSON bytes (what the bytes API and the raw baseline carry).
    static let claimsJSON: [UInt8] = {
        let key = PasetoV4.Local.Key.generate()
        // Issue once through the library and take the exact payload it wrote.
        guard let token = try? key.encrypt(claims, policy: issuing),
            let payload = try? PasetoV4.Local.decrypt(token, using: key).payload
        else { fatalError("fixture claims could not be issued") }
        return payload
    }()

    /// 4 KiB of arbitrary bytes.
    static let large: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }

    static let localKey = PasetoV4.Local.Key.generate()
    static let secretKey = PasetoV4.Public.SecretKey.generate()

    /// The payload of `size` ("200B" is the claims, "4KiB" the large payload).
    static func payload(_ size: PayloadSize) -> [UInt8] { size == .claims ? claimsJSON : large }

    enum PayloadSize: String, CaseIterable {
        case claims = "claims"
        case large = "4KiB"
    }
}
