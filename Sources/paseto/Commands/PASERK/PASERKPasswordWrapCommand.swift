import ArgumentParser
import PasetoKit

/// `paseto paserk password-wrap [--password-file PATH] [--memlimit BYTES] [--opslimit N] KEY`: a
/// `k*.local-pw.` or `k*.secret-pw.` PASERK.
struct PASERKPasswordWrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password-wrap",
        abstract: "Wrap a local or secret key under a password (k*.local-pw., k*.secret-pw.).",
        discussion: """
            The password is the content of --password-file, byte for byte, else $PASETO_PASSWORD. Argon2id runs \
            with libsodium's moderate limits (256 MiB, 3 passes) unless --memlimit or --opslimit says otherwise; \
            the PASERK records them. Never put the output in a footer.
            """
    )

    @OptionGroup var password: PasswordOptions

    @Option(help: ArgumentHelp("Argon2id memory in bytes (at least 8192). Default: 268435456.", valueName: "bytes"))
    var memlimit: Int?

    @Option(help: ArgumentHelp("Argon2id passes (at least 1). Default: 3.", valueName: "n"))
    var opslimit: Int?

    @OptionGroup var key: KeyArgument

    func run() async throws {
        let key = try key.load().requiringLocalOrSecret(for: "paserk password-wrap")
        let password = try password.load()
        let defaults = Argon2idParameters.moderate
        let parameters = try Argon2idParameters(
            memoryLimit: memlimit ?? defaults.memoryLimit,
            operationsLimit: opslimit ?? defaults.operationsLimit
        )
        let wrapped = try key.wrap(withPassword: password, parameters: parameters)
        StandardOutput.writeLine(wrapped)
    }
}
