public import Foundation

extension ClaimSet {
    /// Reads a JSON claims payload strictly: a JSON object with unique member names, within `limits`, whose
    /// registered claims have the right types (RFC 3339 strings for the times).
    ///
    /// For tools that handle raw JSON payloads (the `paseto` command line); typed code uses
    /// ``PasetoLocalKey/decrypt(_:as:rules:expectedFooter:implicitAssertion:limits:)`` instead.
    ///
    /// - Throws: ``PasetoError`` `invalid-payload`, `limit-exceeded` or `invalid-claim`.
    public init(payload: [UInt8], limits: JSONLimits = PasetoLimits().payload) throws {
        let object = try ClaimsReader.payloadObject(payload, limits: limits)
        self.init(registered: try RegisteredClaims(reading: object), object: object)
    }

    /// Checks that `payload` is a strict JSON object (unique member names, valid UTF-8, within `limits`)
    /// without reading any claim.
    ///
    /// - Throws: ``PasetoError`` `invalid-payload` or `limit-exceeded`.
    public static func requireJSONObject(_ payload: [UInt8], limits: JSONLimits = PasetoLimits().payload) throws {
        _ = try ClaimsReader.payloadObject(payload, limits: limits)
    }

    /// The payload with time claims added where they are absent, or `nil` when nothing was added.
    ///
    /// - Parameters:
    ///   - now: The issuing time.
    ///   - lifetime: When given, `exp` becomes `now + lifetime` if absent.
    ///   - stampsIssuedAndNotBefore: Whether `iat` and `nbf` become `now` if absent.
    /// - Returns: Compact JSON with the original members first, in order, then the added ones.
    /// - Throws: ``PasetoError`` `invalid-claim` (naming the claim) when a time to add falls outside the years
    ///   0000-9999, which RFC 3339 cannot write: a token is never issued without the `exp` it was asked for.
    public func payloadAddingTimes(now: Date, lifetime: Duration?, stampsIssuedAndNotBefore: Bool) throws -> [UInt8]? {
        var updated = object
        var additions: [(String, Date)] = []
        if let lifetime {
            additions.append((RegisteredClaim.expiration, now.addingTimeInterval(lifetime.timeInterval)))
        }
        if stampsIssuedAndNotBefore {
            additions += [(RegisteredClaim.notBefore, now), (RegisteredClaim.issuedAt, now)]
        }
        var changed = false
        for (name, date) in additions where !updated.contains(name) {
            guard let text = RFC3339.format(date) else {
                throw PasetoError.make(.invalidClaim, "\(name) would be outside the years 0000-9999", claim: name)
            }
            updated.set(name, to: .string(text))
            changed = true
        }
        return changed ? JSONWriter.bytes(of: .object(updated)) : nil
    }
}
