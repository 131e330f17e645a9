import ArgumentParser
import PasetoKit

/// `--footer TEXT` and `--implicit TEXT`: the data a token binds besides its payload.
///
/// When issuing, `--footer` becomes the token's footer. When checking, it is the footer the token must carry,
/// byte for byte; without it any footer is accepted (and not printed). `--implicit` is the implicit assertion
/// (v3, v4): authenticated but never part of the token, so both sides must pass the same text.
struct TokenBindingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The footer to put in the token, or to require of it exactly.", valueName: "text"))
    var footer: String?

    @Option(help: ArgumentHelp("The implicit assertion (v3, v4); never stored in the token.", valueName: "text"))
    var implicit: String?

    /// The footer bytes to issue with; empty (no footer) when `--footer` is absent.
    ///
    /// - Throws: ``InputError`` `invalid-input` when the footer holds key material (a PASERK key), which
    ///   must never travel in a token.
    func issuingFooter() throws -> [UInt8] {
        guard let footer else { return [] }
        return try Self.issuingFooter(footer)
    }

    /// `text` as footer bytes to issue, checked by ``PasetoFooter/init(bytes:)`` (key material, also escaped
    /// inside JSON strings; duplicate member names of a JSON object; a `k*.sid` kid). Shared with `jwt migrate`.
    ///
    /// - Throws: ``InputError`` `invalid-input` (exit 2) when the library refuses the footer.
    static func issuingFooter(_ text: String) throws -> [UInt8] {
        do {
            return try PasetoFooter(bytes: Array(text.utf8)).bytes
        } catch let error as PasetoError {
            throw InputError.input("--footer: \(error.message)")
        }
    }

    /// The footer a token must carry, or `nil` to accept any.
    var expectedFooter: [UInt8]? { footer.map { Array($0.utf8) } }

    /// The implicit assertion bytes; empty when `--implicit` is absent.
    var implicitAssertion: [UInt8] { implicit.map { Array($0.utf8) } ?? [] }
}

/// The `TOKEN` positional argument: the token itself, or `-`/absent to read it from standard input.
struct TokenArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The token, or - (the default) to read it from standard input.", valueName: "token"))
    var token: String?

    /// The token text with surrounding whitespace removed, read from standard input when `-` or absent.
    ///
    /// - Throws: ``InputError`` when standard input cannot be read.
    func read() throws -> String {
        guard let token, token != "-" else {
            return String(decoding: try StandardInput.readAll().trimmingASCIIWhitespace(), as: UTF8.self)
        }
        return String(decoding: Array(token.utf8).trimmingASCIIWhitespace(), as: UTF8.self)
    }
}
