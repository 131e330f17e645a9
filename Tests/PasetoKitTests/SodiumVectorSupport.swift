import Foundation
import PasetoKit
import PasetoVectors
import Testing

/// The v2, k2 and k4 vector files this test target runs, with their case counts (spec digest §9).
enum SodiumVectorFiles {
    static let v2 = "paseto/v2.json"

    /// Every k2 and k4 PASERK file and its number of cases.
    static let paserkCounts: [(file: String, count: Int)] = ["k2", "k4"].flatMap { version in
        [
            ("lid", 4), ("local", 5), ("local-pw", 6), ("local-wrap.pie", 4), ("pid", 5), ("public", 4), ("seal", 4),
            ("secret", 5), ("secret-pw", 6), ("secret-wrap.pie", 4), ("sid", 4),
        ].map { ("paserk/\(version).\($0.0).json", $0.1) }
    }

    /// The PASERK files of the wrap, password and seal types.
    static let wrapFiles = paserkCounts.map(\.file).filter {
        ["seal", "wrap", "-pw"].contains(where: $0.contains)
    }

    /// The version (`.v2`/`.v4`) a `paserk/kN.….json` file belongs to.
    static func version(of file: String) -> PasetoVersion {
        file.contains("/k2.") ? .v2 : .v4
    }
}

/// What the runner reports per file, computed once per file: the password files run Argon2id at up to
/// 256 MiB per case, so running a whole file again for each of its cases would multiply that cost.
final class RunnerResultsCache: @unchecked Sendable {
    static let shared = RunnerResultsCache()

    private let lock = NSLock()
    private var results: [String: [VectorCaseResult]] = [:]

    /// The runner's result for case `index` of `relativePath`.
    func result(_ relativePath: String, index: Int) -> VectorCaseResult? {
        lock.lock()
        defer { lock.unlock() }
        if results[relativePath] == nil {
            results[relativePath] = OfficialVectors.runnerResults(relativePath)
        }
        return results[relativePath]?.first { $0.index == index }
    }
}

/// The typed PASERK API of one version, so one test body checks k2 and k4 through their own key types.
struct SodiumPASERKAPI: Sendable {
    /// `unseal(paserk, secretKeyBytes)` → the local key's bytes.
    var unseal: @Sendable (String, [UInt8]) throws -> [UInt8]
    /// `seal(localKeyBytes, publicKeyBytes)` → `kN.seal.…`.
    var seal: @Sendable ([UInt8], [UInt8]) throws -> String
    /// `unwrapLocal(paserk, wrappingKeyBytes)` → the local key's bytes.
    var unwrapLocal: @Sendable (String, [UInt8]) throws -> [UInt8]
    /// `unwrapSecret(paserk, wrappingKeyBytes)` → the secret key's bytes.
    var unwrapSecret: @Sendable (String, [UInt8]) throws -> [UInt8]
    /// `wrapLocal(localKeyBytes, wrappingKeyBytes)` and `wrapSecret(secretKeyBytes, wrappingKeyBytes)`.
    var wrapLocal: @Sendable ([UInt8], [UInt8]) throws -> String
    var wrapSecret: @Sendable ([UInt8], [UInt8]) throws -> String
    /// `unwrapLocalPassword(paserk, password)` and `unwrapSecretPassword(paserk, password)` → the key's bytes.
    var unwrapLocalPassword: @Sendable (String, PASERKPassword) throws -> [UInt8]
    var unwrapSecretPassword: @Sendable (String, PASERKPassword) throws -> [UInt8]
    /// `wrapLocalPassword(localKeyBytes, password, parameters)` and the same for secret keys.
    var wrapLocalPassword: @Sendable ([UInt8], PASERKPassword, Argon2idParameters) throws -> String
    var wrapSecretPassword: @Sendable ([UInt8], PASERKPassword, Argon2idParameters) throws -> String

    static func of(_ version: PasetoVersion) -> SodiumPASERKAPI { version == .v2 ? .v2 : .v4 }

    static let v4 = SodiumPASERKAPI(
        unseal: { try PasetoV4.Local.Key(unsealing: $0, with: .init(rawBytes: $1)).unsafeExportRawBytes() },
        seal: { try PasetoV4.Local.Key(rawBytes: $0).seal(to: .init(rawBytes: $1)) },
        unwrapLocal: { try PasetoV4.Local.Key(unwrapping: $0, with: .init(rawBytes: $1)).unsafeExportRawBytes() },
        unwrapSecret: {
            try PasetoV4.Public.SecretKey(unwrapping: $0, with: .init(rawBytes: $1)).unsafeExportRawBytes()
        },
        wrapLocal: { try PasetoV4.Local.Key(rawBytes: $0).wrap(with: .init(rawBytes: $1)) },
        wrapSecret: { try PasetoV4.Public.SecretKey(rawBytes: $0).wrap(with: .init(rawBytes: $1)) },
        unwrapLocalPassword: { try PasetoV4.Local.Key(unwrapping: $0, withPassword: $1).unsafeExportRawBytes() },
        unwrapSecretPassword: {
            try PasetoV4.Public.SecretKey(unwrapping: $0, withPassword: $1).unsafeExportRawBytes()
        },
        wrapLocalPassword: { try PasetoV4.Local.Key(rawBytes: $0).wrap(withPassword: $1, parameters: $2) },
        wrapSecretPassword: { try PasetoV4.Public.SecretKey(rawBytes: $0).wrap(withPassword: $1, parameters: $2) }
    )

    static let v2 = SodiumPASERKAPI(
        unseal: { try PasetoV2.Local.Key(unsealing: $0, with: .init(rawBytes: $1)).unsafeExportRawBytes() },
        seal: { try PasetoV2.Local.Key(rawBytes: $0).seal(to: .init(rawBytes: $1)) },
        unwrapLocal: { try PasetoV2.Local.Key(unwrapping: $0, with: .init(rawBytes: $1)).unsafeExportRawBytes() },
        unwrapSecret: {
            try PasetoV2.Public.SecretKey(unwrapping: $0, with: .init(rawBytes: $1)).unsafeExportRawBytes()
        },
        wrapLocal: { try PasetoV2.Local.Key(rawBytes: $0).wrap(with: .init(rawBytes: $1)) },
        wrapSecret: { try PasetoV2.Public.SecretKey(rawBytes: $0).wrap(with: .init(rawBytes: $1)) },
        unwrapLocalPassword: { try PasetoV2.Local.Key(unwrapping: $0, withPassword: $1).unsafeExportRawBytes() },
        unwrapSecretPassword: {
            try PasetoV2.Public.SecretKey(unwrapping: $0, withPassword: $1).unsafeExportRawBytes()
        },
        wrapLocalPassword: { try PasetoV2.Local.Key(rawBytes: $0).wrap(withPassword: $1, parameters: $2) },
        wrapSecretPassword: { try PasetoV2.Public.SecretKey(rawBytes: $0).wrap(withPassword: $1, parameters: $2) }
    )
}

/// The official k2/k4 `public` and `pid` vectors whose key bytes are no usable Ed25519 point (the all-zero key,
/// `7071…8f`, `7071…90`): PasetoKit refuses such a key on import (issue 11), so the vector's PASERK and id are
/// checked against the library's encoding of the bytes, and the refusal is checked too.
///
/// - Returns: `true` when `bytes` was such a key (and the checks ran); `false` for a usable point.
func expectUnusablePointEncoding(
    _ bytes: [UInt8],
    paserk expected: String?,
    version: PasetoVersion,
    isIdentifier: Bool,
    sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
    guard bytes.count == 32, !SodiumKeyMaterial.isUsableEd25519PublicKey(bytes) else { return false }
    let header = PASERKHeader(version: version, type: .public)
    let encoded = bytes.withUnsafeBytes { header.paserk(encoding: $0) }
    let computed = isIdentifier ? PASERKIdentifier.identifier(of: encoded, keyHeader: header) : encoded
    #expect(computed == expected, sourceLocation: sourceLocation)
    expectPasetoError(.invalidKey, sourceLocation: sourceLocation) { try AnyPasetoKey(paserk: encoded) }
    if version == .v4 {
        expectPasetoError(.invalidKey, sourceLocation: sourceLocation) {
            try PasetoV4.Public.PublicKey(rawBytes: bytes)
        }
    } else {
        expectPasetoError(.invalidKey, sourceLocation: sourceLocation) {
            try PasetoV2.Public.PublicKey(rawBytes: bytes)
        }
    }
    return true
}
