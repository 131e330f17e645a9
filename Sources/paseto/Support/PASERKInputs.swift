import ArgumentParser
import PasetoKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--password-file PATH`, else the environment variable `PASETO_PASSWORD`: the password of `password-wrap`
/// and `password-unwrap`, taken byte for byte (no newline trimming, no encoding assumed).
struct PasswordOptions: ParsableArguments {
    /// The environment variable that holds the password when `--password-file` is not given.
    static let environmentVariable = "PASETO_PASSWORD"
    /// A password file holds a password, not a document.
    private static let maximumFileSize = 64 * 1024

    @Option(
        help: ArgumentHelp(
            "A file whose bytes, exactly, are the password (a final newline is part of it). Default: $PASETO_PASSWORD.",
            valueName: "path"
        )
    )
    var passwordFile: String?

    /// The password: the file's bytes when `--password-file` is given (it wins over the environment), else
    /// the bytes of `$PASETO_PASSWORD`.
    ///
    /// - Throws: ``InputError`` `usage` when neither is given, `unreadable-file` for a file that cannot be read.
    func load() throws -> PASERKPassword {
        if let passwordFile {
            var bytes = try FileBytes.contents(atPath: passwordFile, maximumCount: Self.maximumFileSize)
            return PASERKPassword(wiping: &bytes)
        }
        guard let value = getenv(Self.environmentVariable) else {
            throw InputError.usage("a password is needed: set \(Self.environmentVariable) or pass --password-file PATH")
        }
        var bytes = Array(UnsafeRawBufferPointer(start: value, count: strlen(value)))
        return PASERKPassword(wiping: &bytes)
    }
}

/// A positional PASERK that is not a plain key (a wrapped or sealed key): the text itself, `@PATH` of a file
/// holding it, or `-`/absent for standard input. Surrounding whitespace is ignored.
struct PASERKArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp("The PASERK, @PATH of a file holding one, or - for standard input.", valueName: "paserk")
    )
    var paserk: String?

    /// A wrapped key is under 200 bytes of text (about 2.4 KB for a k1 RSA secret key); anything far larger is
    /// a mistake.
    private static let maximumFileSize = 64 * 1024

    /// The PASERK text.
    ///
    /// - Throws: ``InputError`` for an unreadable file or standard input, or text that is not UTF-8.
    func read() throws -> String {
        let bytes: [UInt8]
        if let paserk, paserk != "-" {
            if paserk.hasPrefix("@") {
                bytes = try FileBytes.contents(atPath: String(paserk.dropFirst()), maximumCount: Self.maximumFileSize)
            } else {
                bytes = Array(paserk.utf8)
            }
        } else {
            bytes = try StandardInput.readAll()
        }
        guard let text = String(validating: bytes.trimmingASCIIWhitespace(), as: UTF8.self) else {
            throw InputError.invalidKey("the PASERK is not UTF-8 text")
        }
        return text
    }
}

extension AnyPasetoKey {
    /// This key, when it is a local or secret key (the kinds the wrap and password types carry).
    ///
    /// - Throws: ``InputError`` `invalid-key` for a public key: no token is involved, so it is an input error.
    func requiringLocalOrSecret(for operation: String) throws -> AnyPasetoKey {
        guard paserkType == .local || paserkType == .secret else {
            let prefix = version.paserkPrefix
            throw InputError.invalidKey(
                "\(operation) needs a \(prefix).local or \(prefix).secret key, not a \(prefix).\(paserkType) key"
            )
        }
        return self
    }
}
