import JWTKit

extension JWTKeySet {
    /// An HMAC secret, bytes as given.
    ///
    /// RFC 7518 §3.2 requires a secret at least as long as the hash output: 32 bytes for `HS256`, 48 for
    /// `HS384`, 64 for `HS512`. By default shorter secrets are refused for the algorithms they are too short
    /// for, and outright below 32 bytes.
    ///
    /// `allowingShortSecret: true` admits a shorter (non-empty) secret for every HMAC algorithm, so that legacy
    /// tokens made with it can still be verified and migrated away; ``shortSecretWarning`` then says so, and
    /// the caller should show it (the command line's `--allow-short-secret` prints it as a `warning: ` line).
    ///
    /// ```swift
    /// let legacy = try await JWTKeySet.hmacSecret(Array("sixteen-byte-key".utf8), allowingShortSecret: true)
    /// if let warning = legacy.shortSecretWarning { logger.warning("\(warning)") }
    /// ```
    ///
    /// - Parameters:
    ///   - secret: The secret's bytes.
    ///   - allowingShortSecret: Whether a secret shorter than the hash output is accepted. Off by default.
    /// - Important: A short secret can be brute-forced offline from a single token: anyone who did so can
    ///   forge tokens this key set accepts. Allow it only for the migration away from that secret.
    /// - Throws: ``JWTCompatError`` `weak-hmac-key` for an empty secret, or a short one unless allowed.
    public static func hmacSecret(_ secret: [UInt8], allowingShortSecret: Bool = false) async throws -> JWTKeySet {
        let minimum = JWSAlgorithm.hs256.hashByteCount
        guard !secret.isEmpty else {
            throw JWTCompatError.make(.weakHMACKey, "the HMAC secret is empty")
        }
        guard allowingShortSecret || secret.count >= minimum else {
            throw JWTCompatError.make(
                .weakHMACKey,
                "the HMAC secret has \(secret.count) bytes; RFC 7518 requires at least 32 (the SHA-256 output)"
            )
        }
        let key = JWTKitKey.hmac(HMACKey(from: secret), byteCount: secret.count)
        var entry = try await JWTKeyEntry.make(key, keyID: nil, pinnedAlgorithm: nil)
        let tooShortFor = JWTKeyFamily.hmac.algorithms.filter { $0.hashByteCount > secret.count }
        guard allowingShortSecret, !tooShortFor.isEmpty else {
            return JWTKeySet(entries: [entry], skipped: [], isKeySet: false)
        }
        // jwt-kit's HMAC signer refuses such keys (a debug assertion, announced to become a precondition).
        entry = entry.adding(
            verifiers: Dictionary(uniqueKeysWithValues: tooShortFor.map { ($0, ShortSecretHMAC(secret, $0)) })
        )
        let names = tooShortFor.map { "\($0) (\($0.hashByteCount))" }.joined(separator: ", ")
        let warning =
            "the HMAC secret has \(secret.count) bytes, fewer than RFC 7518 §3.2 requires for \(names); "
            + "it is accepted only to verify and migrate legacy tokens: retire it"
        return JWTKeySet(entries: [entry], skipped: [], isKeySet: false, shortSecretWarning: warning)
    }

    /// Why this key set is weaker than RFC 7518 allows, when an HMAC secret shorter than the hash output was
    /// admitted with `allowingShortSecret`; `nil` otherwise. Safe to log: it names lengths, never bytes.
    public var shortSecretWarning: String? { sources.lazy.compactMap(\.shortSecretWarning).first }
}
