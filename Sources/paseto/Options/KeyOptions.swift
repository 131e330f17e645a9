import ArgumentParser
import PasetoKit

/// `--key VALUE`: a PASERK, or `@PATH` naming a file that holds one.
struct KeyOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A PASERK key, or @PATH of a file holding one (surrounding whitespace ignored).",
            valueName: "key"
        )
    )
    var key: String

    /// The key the option names.
    ///
    /// - Throws: `invalid-key` or `unsupported-version` (exit 2) for a value that is no usable key,
    ///   ``InputError`` for an unreadable file.
    func load() throws -> AnyPasetoKey {
        try KeySource.load(key)
    }
}

/// A `KEY` positional argument: a PASERK, `@PATH` of a file holding one, or `-`/absent for standard input.
struct KeyArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp("A PASERK key, @PATH of a file holding one, or - for standard input.", valueName: "key")
    )
    var key: String?

    /// The key the argument names, read from standard input when it is `-` or absent.
    ///
    /// - Throws: as ``KeyOptions/load()``.
    func load() throws -> AnyPasetoKey {
        guard let key, key != "-" else {
            return try KeySource.load(standardInput: try StandardInput.readAll())
        }
        return try KeySource.load(key)
    }
}
