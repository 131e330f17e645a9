import Foundation
import PasetoKit

/// Standard error, for the few lines a successful command adds there (a `warning: `); failures go through
/// `Paseto.main`'s one `error: ` line instead.
enum StandardError {
    /// Writes `text` as one line, control characters escaped so it stays one line.
    static func writeLine(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((LogSafeText.escaped(text) + "\n").utf8))
    }
}
