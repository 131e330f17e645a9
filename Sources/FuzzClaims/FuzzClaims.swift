// libFuzzer target: the strict JSON parser and writer, claims reading and validation, and footer parsing.
//
// Input: JSON bytes (a payload or a footer). Build and run: `make fuzz` (Docs/Security.md). A plain
// `swift build` builds a do-nothing executable.
internal import Foundation
internal import PasetoKit

private let limits = PasetoLimits()
private let rules: ClaimRules = {
    var rules = ClaimRules(
        issuer: "paragonie.com",
        audience: "https://example.com",
        leeway: .seconds(60),
        clock: FixedClock(Date(timeIntervalSince1970: 1_600_000_000))
    )
    rules.maximumLifetime = .seconds(86_400)
    return rules
}()

/// A typed view of claims, as an application would decode them.
private struct Content: Decodable, Sendable {
    var data: String?
    var count: Int?
    var ratio: Double?
    var flags: [Bool]?
    var nested: [String: Int64]?
    var when: Date?
}

/// One libFuzzer execution.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaims(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    // The strict parser accepts only what its writer gives back unchanged once written.
    if let value = try? StrictJSONParser.parse(bytes, limits: limits.payload) {
        let written = JSONWriter.bytes(of: value)
        guard let reparsed = try? StrictJSONParser.parse(written, limits: limits.payload) else {
            preconditionFailure("the writer produced JSON the parser refuses")
        }
        precondition(reparsed == value, "parse(write(v)) != v")
        precondition(JSONWriter.bytes(of: reparsed) == written, "writing is not idempotent")
        _ = try? JSONValueDecoder.decode(Content.self, from: value)
    }

    if let claims = try? ClaimSet(payload: bytes) {
        _ = try? rules.validate(claims)
        _ = try? claims.payloadAddingTimes(
            now: Date(timeIntervalSince1970: 0),
            lifetime: .seconds(60),
            stampsIssuedAndNotBefore: true
        )
        for name in ["iss", "sub", "aud", "exp", "nbf", "iat", "jti", "data", "count"] {
            _ = claims.string(name)
            _ = claims.int(name)
            _ = claims.double(name)
            _ = claims.bool(name)
        }
    }

    for version in PasetoVersion.all {
        if let footer = try? PasetoFooter(untrusted: bytes, version: version, limits: limits) {
            precondition(footer.bytes == bytes, "the parsed footer is not the footer's bytes")
        }
    }
    _ = try? PasetoFooter(bytes: bytes)
    return 0
}
