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
            passes or 10 million iterations. Prints the k*.local or k*.secret PASERK: the key itself.
            """
    )

    @OptionGroup var password: PasswordOptions

    @OptionGroup var wrapped: PASERKArgument

    func run() async throws {
        let paserk = try wrapped.read()
        let password = try password.load()
        let key = try AnyPasetoKey(unwrapping: paserk, withPassword: password)
        StandardOutput.writeLine(key.exportPASERK())
    }
}
