// libFuzzer target: JWT decoding, verification with a fixed key, migration to PASETO, and key-file parsing
// (PEM, JWK, JWKS).
//
// Input: one selector byte, then the rest. Even selector: the rest is a compact JWT (decoded, verified with
// the fixed HS256 secret, migrated to v4.local). Odd selector: the rest is a key file for
// `JWTKeySet.load(contentsOf:)`. Build and run: `make fuzz` (Docs/Security.md). A plain `swift build`
// builds a do-nothing executable.
internal import Dispatch
internal import Foundation
internal import PasetoJWT
internal import PasetoKit

/// The value of `body`, which builds a fixed key and cannot fail with the constants above.
private func fixed<T>(_ body: () throws -> T) -> T {
    do {
        return try body()
    } catch {
        fatalError("a fixed harness value failed: \(error)")
    }
}

/// One async call made from synchronous code: its body, its result, and the semaphore the task signals. The
/// calling thread owns it; the task holds it only until the runtime releases the task's closure.
private final class AsyncCall<T: Sendable>: @unchecked Sendable {
    let body: @Sendable () async throws -> T
    /// Written by the task before `done.signal()`, read by the caller after `done.wait()`.
    var value: T?
    let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () async throws -> T) { self.body = body }
}

/// Runs `body` to completion from synchronous code (the fuzzer calls in on its own thread).
///
/// Returns only once the task has dropped its reference to the call, so that the result, the closure and what
/// it captured (the input) are freed on this thread, within this execution. Returning at `done.signal()` left
/// the task to free them on a cooperative thread after libFuzzer's malloc/free count for the input, which
/// then reran the input and ran LeakSanitizer while the key set was still alive (issue 11).
private func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) -> T? {
    var call = AsyncCall(body)
    Task { [call] in
        call.value = try? await call.body()
        call.done.signal()
    }
    call.done.wait()
    while !isKnownUniquelyReferenced(&call) { sched_yield() }
    return call.value
}

/// The HS256 secret `Fuzz/make-seeds.py` signs its seed tokens with: the bytes 0x00…0x1F.
private let secret = (0..<32).map { UInt8($0) }
private let verifier: JWTVerifier = {
    guard let keys = blocking({ try await JWTKeySet.hmacSecret(secret) }) else { fatalError("fixed key set") }
    return JWTVerifier(keys: keys)
}()
private let clock = FixedClock(Date(timeIntervalSince1970: 1_600_000_000))
private let migrator: JWTMigrator = {
    let target = fixed { try AnyPasetoKey(PasetoV4.Local.Key(rawBytes: secret)) }
    var options = JWTMigrationOptions(
        rules: JWTClaimRules(issuer: nil, audience: nil, clock: clock),
        keepsExpired: true,
        audiencePolicy: .choose(from: ["https://example.com"]),
        issuingPolicy: IssuingPolicy(clock: clock),
        footer: .keyID
    )
    options.rules.leeway = .seconds(30)
    return fixed { try JWTMigrator(verifier: verifier, target: target, options: options) }
}()

/// One libFuzzer execution.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJWT(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let rest = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))

    if data[0] & 1 == 0 {
        let token = String(decoding: rest, as: UTF8.self)
        let unverified = try? UnverifiedJWT(parsing: token)
        if let verified = try? verifier.verify(token, rules: JWTClaimRules(issuer: nil, audience: nil, clock: clock)) {
            guard let unverified else { preconditionFailure("a token that verifies failed to decode") }
            precondition(verified.payload == unverified.payloadBytes, "verified payload differs from the decoded one")
            _ = verified.description
        }
        if let migrated = try? migrator.migrate(token) {
            precondition(migrated.hasPrefix("v4.local."), "migration produced another kind of token")
        }
    } else if let keys = blocking({ try await JWTKeySet.load(contentsOf: rest) }) {
        _ = keys.keyIDs
        for conversion in keys.paserkConversions() { _ = conversion.paserk }
    }
    return 0
}
