import Foundation

@testable import PasetoKit

/// A custom claims type as a service would write one.
struct Session: Codable, Sendable, Equatable {
    var role: String
    var scopes: [String]
    var lastLogin: Date?
}

/// 2026-01-01T00:00:00Z, the fixed "now" of the claims tests.
let referenceNow = Date(timeIntervalSince1970: 1_767_225_600)

/// Rules checking only the times, at `now`.
func timeRules(now: Date = referenceNow, leeway: Duration = .zero) -> ClaimRules {
    ClaimRules(issuer: nil, audience: nil, leeway: leeway, clock: FixedClock(now))
}

/// A `v4.local` token holding exactly `json` as its payload (for payloads the typed API would never write).
func rawLocalToken(_ json: String, key: PasetoV4.Local.Key, footer: String = "") -> String {
    PasetoV4.Local.encrypt(Array(json.utf8), using: key, footer: Array(footer.utf8))
}

/// The code of the `PasetoError` `body` throws, or `nil`.
func errorCode(_ body: () throws -> Void) -> PasetoError.Code? {
    do {
        try body()
        return nil
    } catch let error as PasetoError {
        return error.code
    } catch {
        return nil
    }
}

/// The `PasetoError` `body` throws, or `nil`.
func pasetoError(_ body: () throws -> Void) -> PasetoError? {
    do {
        try body()
        return nil
    } catch {
        return error as? PasetoError
    }
}
