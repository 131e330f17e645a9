import Foundation
import JWTKit
import PasetoKit

/// The keys a ``JWTVerifier`` may use, loaded from a PEM file, a JWK, a JWKS, or an HMAC secret, or several
/// of those combined (``init(combining:)``) so that one verifier covers several legacy issuers.
///
/// A PEM private key or a JWK with private members contributes only its public half. Each key verifies only
/// the algorithms of its family (and only its `alg` when a JWK names one). In a JWKS, a token's `kid` selects
/// exactly one key; a single PEM key, JWK or secret verifies tokens with or without `kid`.
///
/// Loading is `async` because each key is handed to a jwt-kit `JWTKeyCollection` (an actor) once, to obtain
/// jwt-kit's verifier for it; verifying afterwards is synchronous.
///
/// ```swift
/// let keys = try await JWTKeySet.load(contentsOf: Array(try Data(contentsOf: jwksURL)))
/// let verifier = JWTVerifier(keys: keys, allowedAlgorithms: [.rs256])
/// ```
public struct JWTKeySet: Sendable {
    /// The key files and secrets the set was made of, each selecting among its keys by its own rule: one for
    /// a loaded file or secret, one per family-owning source (every JWKS merged into one) when combined.
    let sources: [JWTKeySource]

    /// The usable keys, in document order.
    package var entries: [JWTKeyEntry] { sources.flatMap(\.entries) }
    /// JWKS members that cannot be used, with the reason.
    package var skipped: [SkippedKey] { sources.flatMap(\.skipped) }

    /// A set of one source.
    init(entries: [JWTKeyEntry], skipped: [SkippedKey], isKeySet: Bool, shortSecretWarning: String? = nil) {
        sources = [
            JWTKeySource(
                entries: entries,
                skipped: skipped,
                isKeySet: isKeySet,
                shortSecretWarning: shortSecretWarning
            )
        ]
    }

    /// A set of these sources, already checked by ``init(combining:)``.
    init(sources: [JWTKeySource]) { self.sources = sources }

    /// How many keys can verify tokens.
    public var count: Int { entries.count }

    /// The `kid` of every usable key (`nil` for keys without one), in order.
    public var keyIDs: [String?] { entries.map(\.keyID) }

    /// Reads a key file: PEM (public key, private key or certificate), a JWK, or a JWKS, told apart by content.
    ///
    /// - Throws: ``JWTCompatError`` `invalid-key` or `unsupported-key`.
    public static func load(contentsOf bytes: [UInt8]) async throws -> JWTKeySet {
        let start = bytes.firstIndex { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard let start, let text = String(validating: bytes, as: UTF8.self) else {
            throw JWTCompatError.make(.invalidKey, "the key file is empty or not UTF-8 text")
        }
        if bytes[start] == UInt8(ascii: "{") { return try await json(bytes) }
        if text.contains("-----BEGIN ") { return try await pem(text) }
        throw JWTCompatError.make(.invalidKey, "the key file is neither PEM nor a JWK or JWKS")
    }

    /// A key from one PEM block: a public key, a private key (its public half is used) or an X.509
    /// certificate holding an RSA, EC or Ed25519 (RFC 8410) key (its key is used; the certificate itself is not
    /// validated).
    ///
    /// - Throws: ``JWTCompatError`` `invalid-key` or `unsupported-key`.
    public static func pem(_ text: String) async throws -> JWTKeySet {
        let entry = try await JWTKeyEntry.make(try PEMKeyReader.read(text), keyID: nil, pinnedAlgorithm: nil)
        return JWTKeySet(entries: [entry], skipped: [], isKeySet: false)
    }

    /// A JWK (an object with `kty`) or a JWKS (an object with `keys`), read strictly (duplicate member names
    /// are refused).
    ///
    /// - Throws: ``JWTCompatError`` `invalid-key`; `unsupported-key` for a single JWK that cannot verify.
    public static func json(_ bytes: [UInt8]) async throws -> JWTKeySet {
        let document = try CompactJWS.object(
            bytes,
            limits: JSONLimits(maximumDepth: 4, maximumMembers: 16_384),
            part: "key file",
            duplicate: .invalidKey,
            invalid: .invalidKey,
            notObject: .invalidKey
        )
        guard case .array(let members)? = document["keys"] else {
            let key = try JWKReader.read(document)
            let entry = try await JWTKeyEntry.make(key.key, keyID: key.keyID, pinnedAlgorithm: key.pinnedAlgorithm)
            return JWTKeySet(entries: [entry], skipped: [], isKeySet: false)
        }
        var entries: [JWTKeyEntry] = []
        var skipped: [SkippedKey] = []
        for member in members {
            guard case .object(let object) = member else {
                throw JWTCompatError.make(.invalidKey, "every member of a JWKS keys array must be a JWK object")
            }
            do {
                let key = try JWKReader.read(object)
                // kids are compared as exact bytes (RFC 7515 §5.3), as selection compares them.
                if entries.contains(where: { Self.sameKeyID($0.keyID, key.keyID) && $0.family == key.key.family }) {
                    throw JWTCompatError.make(
                        .invalidKey,
                        "two \(key.key.family) keys share the kid \(key.keyID ?? "(none)")"
                    )
                }
                entries.append(
                    try await JWTKeyEntry.make(key.key, keyID: key.keyID, pinnedAlgorithm: key.pinnedAlgorithm)
                )
            } catch let error as JWTCompatError where error.code == .unsupportedKey {
                if case .string(let id)? = object["kid"] {
                    skipped.append(SkippedKey(keyID: id, reason: error.message))
                } else {
                    skipped.append(SkippedKey(keyID: nil, reason: error.message))
                }
            }
        }
        return JWTKeySet(entries: entries, skipped: skipped, isKeySet: true)
    }

    /// Whether two optional kids are the same bytes (both absent counts as the same).
    static func sameKeyID(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): a.isExactly(b)
        default: false
        }
    }
}
