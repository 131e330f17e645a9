import ArgumentParser
import PasetoJWT

/// `--key PATH` (PEM, JWK or JWKS) or `--secret TEXT` / `--secret-file PATH` (an HMAC secret, bytes as
/// given), `--allow-short-secret`, and the `--alg` allow-list.
struct JWTKeyOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("A PEM public key, private key or certificate, a JWK or a JWKS file.", valueName: "path")
    )
    var key: String?

    /// Parsed unconditionally: a random base64url secret begins with `-` one time in 64, and must not be taken
    /// for an option (`--secret -x…` reads `-x…` as the secret).
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("An HMAC secret, its UTF-8 bytes as given (it may begin with -).", valueName: "text")
    )
    var secret: String?

    @Option(help: ArgumentHelp("A file holding an HMAC secret, read byte for byte.", valueName: "path"))
    var secretFile: String?

    @Flag(
        help: """
            Accept an HMAC secret shorter than the hash output (RFC 7518 §3.2), to verify and migrate away legacy \
            tokens made with it; a warning says so.
            """
    )
    var allowShortSecret = false

    @Option(
        name: .customLong("alg"),
        help: ArgumentHelp("Accept only this algorithm (repeatable); by default every one of the key's family.")
    )
    var algorithms: [String] = []

    /// Key files are small; a JWKS of a few hundred keys is well under this.
    private static let maximumFileSize = 1024 * 1024

    func validate() throws {
        guard [key, secret, secretFile].compactMap({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --key, --secret and --secret-file")
        }
        if allowShortSecret, key != nil {
            throw ValidationError("--allow-short-secret applies to --secret and --secret-file only")
        }
        for name in algorithms where JWSAlgorithm(name: name) == nil {
            throw ValidationError("--alg \(name) is not one of \(JWSAlgorithm.all.map(\.name).joined(separator: ", "))")
        }
    }

    /// The allow-list, or `nil` when no `--alg` was given.
    var allowedAlgorithms: Set<JWSAlgorithm>? {
        algorithms.isEmpty ? nil : Set(algorithms.compactMap { JWSAlgorithm(name: $0) })
    }

    /// The keys the options name.
    ///
    /// - Throws: ``InputError`` `unreadable-file`; `JWTCompatError` `invalid-key`, `unsupported-key` or
    ///   `weak-hmac-key` (all exit 2).
    func load() async throws -> JWTKeySet {
        if let key {
            return try await JWTKeySet.load(
                contentsOf: try FileBytes.contents(atPath: key, maximumCount: Self.maximumFileSize)
            )
        }
        if let secretFile {
            return try await JWTKeySet.hmacSecret(
                try FileBytes.contents(atPath: secretFile, maximumCount: Self.maximumFileSize),
                allowingShortSecret: allowShortSecret
            )
        }
        return try await JWTKeySet.hmacSecret(Array((secret ?? "").utf8), allowingShortSecret: allowShortSecret)
    }

    /// The one `warning: ` line to print once the command succeeded, when `--allow-short-secret` let a short
    /// secret in; `nil` otherwise.
    func warning(for keys: JWTKeySet) -> String? {
        keys.shortSecretWarning.map { "warning: weak-hmac-key: \($0) (allowed by --allow-short-secret)" }
    }

    /// A verifier for the keys and the allow-list.
    func verifier() async throws -> JWTVerifier {
        JWTVerifier(keys: try await load(), allowedAlgorithms: allowedAlgorithms)
    }
}
