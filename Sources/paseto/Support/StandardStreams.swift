import Foundation
import PasetoKit

/// Standard input, read whole.
enum StandardInput {
    /// Every byte until end of file.
    ///
    /// - Throws: ``InputError`` `unreadable-input` when the read fails.
    static func readAll() throws -> [UInt8] {
        do {
            return Array(try FileHandle.standardInput.readToEnd() ?? Data())
        } catch {
            throw InputError(code: "unreadable-input", message: "cannot read standard input")
        }
    }

    /// The payload for `encrypt`/`sign`: the bytes exactly as read, minus trailing whitespace. They are parsed
    /// once, strictly, by ``IssuingOptions/completing(_:now:)``.
    ///
    /// - Throws: ``InputError`` `unreadable-input` when the read fails.
    static func readPayload() throws -> [UInt8] {
        try readAll().trimmingTrailingASCIIWhitespace()
    }
}

/// Standard output, written unbuffered so that nothing is left half-printed when the process exits.
enum StandardOutput {
    /// Writes `bytes` as they are, then a newline.
    static func writeLine(_ bytes: [UInt8]) {
        // A closed pipe (`paseto … | head -c0`) is the reader's choice, not an error worth reporting.
        try? FileHandle.standardOutput.write(contentsOf: Data(bytes + [UInt8(ascii: "\n")]))
    }

    /// Writes `text` as UTF-8, then a newline.
    static func writeLine(_ text: String) {
        writeLine(Array(text.utf8))
    }
}
