import ArgumentParser
import PasetoJWT
import PasetoKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `paseto jwt migrate (--key PATH | --secret …) --to KEY [--footer TEXT] [--kid] [--keep-expired]`:
/// JWTs one per line on standard input, one JSON result line each on standard output.
struct JWTMigrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Verify JWTs (one per line on standard input) and issue PASETO tokens with the same claims.",
        discussion: """
            Each line gives {"line": N, "ok": true, "token": "..."} or {"line": N, "ok": false, "error": "..."}. \
            The last line on standard error is "migrated N, rejected N". Exit 0 when every line was processed.
            """
    )

    @OptionGroup var keys: JWTKeyOptions
    @OptionGroup var claims: JWTClaimOptions

    @Option(
        help: ArgumentHelp(
            "The local key (encrypt) or secret key (sign) to issue with: a PASERK or @PATH.",
            valueName: "key"
        )
    )
    var to: String

    @Option(help: ArgumentHelp("The footer of the issued tokens.", valueName: "text"))
    var footer: String?

    @Flag(help: #"Put {"kid": "<PASERK id of --to>"} in the footer."#)
    var kid = false

    @Flag(help: "Migrate expired JWTs too (their PASETO tokens are just as expired).")
    var keepExpired = false

    /// A JWT line longer than PasetoJWT's token limit is refused without being kept in memory.
    private static let maximumLineLength = JWTLimits().maximumTokenLength

    func validate() throws {
        if footer != nil, kid { throw ValidationError("--footer and --kid cannot be combined") }
    }

    func run() async throws {
        let verifier = try await keys.verifier()
        // `--audience` only checks: an `aud` array of several stays that array (the contract), so a migration
        // never decides which audiences a live session loses.
        let migrator = try JWTMigrator(
            verifier: verifier,
            target: try KeySource.load(to),
            options: JWTMigrationOptions(
                rules: claims.rules,
                keepsExpired: keepExpired,
                audiencePolicy: .keepAll,
                // The library checks the footer again; checking it here too makes a refused --footer exit 2.
                footer: kid ? .keyID : try footer.map { .bytes(try TokenBindingOptions.issuingFooter($0)) } ?? .none
            )
        )
        var reader = LineReader(descriptor: STDIN_FILENO, maximumLineLength: Self.maximumLineLength)
        var output = BufferedOutput()
        var progress = MigrationProgress()
        var number = 0
        while let line = try reader.next(beforeBlocking: { output.flush() }) {
            number += 1
            let result = Self.migrate(line, with: migrator)
            output.writeLine(result.json(line: number))
            progress.record(ok: result.token != nil)
        }
        output.flush()
        // Every line was processed: the run succeeded, so the short-secret warning (if any) goes before the
        // summary, which stays the last line.
        if let warning = keys.warning(for: verifier.keys) { StandardError.writeLine(warning) }
        progress.finish()
    }

    private static func migrate(_ line: LineReader.Line, with migrator: JWTMigrator) -> MigrationResult {
        guard case .text(let bytes) = line else {
            return MigrationResult(error: "limit-exceeded: the line is longer than \(maximumLineLength) bytes")
        }
        let token = String(decoding: bytes.trimmingASCIIWhitespace(), as: UTF8.self)
        do {
            return MigrationResult(token: try migrator.migrate(token))
        } catch let error as JWTCompatError {
            return MigrationResult(error: error.description)
        } catch let error as PasetoError {
            return MigrationResult(error: error.description)
        } catch {
            return MigrationResult(error: "migration-failed: the token could not be migrated")
        }
    }
}

/// One output line of `jwt migrate`.
private struct MigrationResult {
    var token: String?
    var error: String?

    init(token: String) { self.token = token }
    init(error: String) { self.error = error }

    func json(line: Int) -> String {
        if let token { return #"{"line": \#(line), "ok": true, "token": \#(Self.quoted(token))}"# }
        return #"{"line": \#(line), "ok": false, "error": \#(Self.quoted(error ?? ""))}"#
    }

    /// `text` as a JSON string. Tokens (base64url and periods) need no escaping; anything else goes through
    /// PasetoKit's writer.
    private static func quoted(_ text: String) -> String {
        let plain = text.utf8.allSatisfy {
            $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\")
        }
        return plain ? "\"\(text)\"" : String(decoding: JSONWriter.bytes(of: .string(text)), as: UTF8.self)
    }
}
