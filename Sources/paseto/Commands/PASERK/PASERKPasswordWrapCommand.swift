import ArgumentParser
import PasetoKit

/// `paseto paserk password-wrap [--password-file PATH] [--memlimit BYTES] [--opslimit N] [--iterations N] KEY`:
/// a `k*.local-pw.` or `k*.secret-pw.` PASERK.
struct PASERKPasswordWrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password-wrap",
        abstract: "Wrap a local or secret key under a password (k*.local-pw., k*.secret-pw.).",
        discussion: """
            The password is the content of --password-file, byte for byte, else $PASETO_PASSWORD. For k2 and k4 \
            keys Argon2id runs with libsodium's moderate limits (256 MiB, 3 passes) unless --memlimit or \
            --opslimit says otherwise; for k1 and k3 keys PBKDF2-SHA384 runs 210000 iterations unless \
            --iterations says otherwise. The PASERK records them. Never put the output in a footer.
            """
    )

    @OptionGroup var password: PasswordOptions

    @Option(help: ArgumentHelp("Argon2id memory in bytes (at least 8192). Default: 268435456.", valueName: "bytes"))
    var memlimit: Int?

    @Option(help: ArgumentHelp("Argon2id passes (at least 1). Default: 3.", valueName: "n"))
    var opslimit: Int?

    @Option(help: ArgumentHelp("PBKDF2 iterations for k1 and k3 keys (at least 1). Default: 210000.", valueName: "n"))
    var iterations: Int?

    @OptionGroup var key: KeyArgument

    func run() async throws {
        let key = try key.load().requiringLocalOrSecret(for: "paserk password-wrap")
        let usesPBKDF2 = key.version == .v1 || key.version == .v3
        if usesPBKDF2, memlimit != nil || opslimit != nil {
            throw InputError.usage("--memlimit and --opslimit are Argon2id limits for k2 and k4 keys; use --iterations")
        }
        if !usesPBKDF2, iterations != nil {
            throw InputError.usage("--iterations is the PBKDF2 cost for k1 and k3 keys; use --memlimit and --opslimit")
        }
        let password = try password.load()
        let defaults = Argon2idParameters.moderate
        let parameters = try Argon2idParameters(
            memoryLimit: memlimit ?? defaults.memoryLimit,
            operationsLimit: opslimit ?? defaults.operationsLimit
        )
        let pbkdf2 = try iterations.map { try PBKDF2Parameters(iterations: $0) } ?? .recommended
        let wrapped = try key.wrap(withPassword: password, parameters: parameters, pbkdf2Parameters: pbkdf2)
        StandardOutput.writeLine(wrapped)
    }
}
