import ArgumentParser
import PasetoKit

/// `paseto paserk password-unwrap [--password-file PATH] WRAPPED`: the `k*.local` or `k*.secret` PASERK
/// inside a `k*.local-pw.` or `k*.secret-pw.` PASERK.
struct PASERKPasswordUnwrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password-unwrap",
        abstract: "Unwrap a k*.local-pw. or k*.secret-pw. PASERK with its password.",
        discussion: """
            The password is the content of --password-file, byte for byte, else $PASETO_PASSWORD. The Argon2id \
            limits (k2, k4) or PBKDF2 iterations (k1, k3) are the ones the PASERK records, up to 1 GiB and 8 \
            passes or 10 million iterations (lower these ceilings with --max-memlimit, --max-opslimit and \
            --max-iterations; a PASERK asking for more is refused before any work). Prints the k*.local or \
            k*.secret PASERK: the key itself.
            """
    )

    @OptionGroup var password: PasswordOptions

    @Option(
        help: ArgumentHelp(
            "Most Argon2id memory, in bytes, a PASERK may ask for. Default: 1073741824.",
            valueName: "bytes"
        )
    )
    var maxMemlimit: Int?

    @Option(help: ArgumentHelp("Most Argon2id passes a PASERK may ask for. Default: 8.", valueName: "n"))
    var maxOpslimit: Int?

    @Option(help: ArgumentHelp("Most PBKDF2 iterations a k1/k3 PASERK may ask for. Default: 10000000.", valueName: "n"))
    var maxIterations: Int?

    @OptionGroup var wrapped: PASERKArgument

    func validate() throws { _ = try ceilings() }

    func run() async throws {
        let paserk = try wrapped.read()
        let password = try password.load()
        let (argon2id, pbkdf2) = try ceilings()
        let key = try AnyPasetoKey(
            unwrapping: paserk,
            withPassword: password,
            maximumCost: argon2id,
            maximumPBKDF2Cost: pbkdf2
        )
        StandardOutput.writeLine(key.exportPASERK())
    }

    /// The ceilings the flags ask for: the library's, lowered where a flag is given. A flag can only lower
    /// a ceiling: a value above the library's is a usage error.
    private func ceilings() throws -> (argon2id: Argon2idParameters, pbkdf2: PBKDF2Parameters) {
        let argon2Ceiling = Argon2idParameters.unwrappingCeiling
        let pbkdf2Ceiling = PBKDF2Parameters.unwrappingCeiling
        let memory = maxMemlimit ?? argon2Ceiling.memoryLimit
        let passes = maxOpslimit ?? argon2Ceiling.operationsLimit
        let iterations = maxIterations ?? pbkdf2Ceiling.iterations
        guard memory <= argon2Ceiling.memoryLimit, passes <= argon2Ceiling.operationsLimit,
            iterations <= pbkdf2Ceiling.iterations
        else {
            throw ValidationError(
                "--max-memlimit, --max-opslimit and --max-iterations can only lower the ceilings "
                    + "(\(argon2Ceiling.memoryLimit) bytes, \(argon2Ceiling.operationsLimit) passes, "
                    + "\(pbkdf2Ceiling.iterations) iterations)"
            )
        }
        do {
            return (
                try Argon2idParameters(memoryLimit: memory, operationsLimit: passes),
                try PBKDF2Parameters(iterations: iterations)
            )
        } catch let error as PasetoError {
            throw ValidationError(error.message)
        }
    }
}
