#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The counts of `jwt migrate`: a progress line on standard error while it is a terminal, and the summary
/// `migrated N, rejected N` as the last line.
struct MigrationProgress {
    private(set) var migrated = 0
    private(set) var rejected = 0
    private let isTerminal = isatty(STDERR_FILENO) == 1

    /// Counts one line; on a terminal, rewrites the progress line every 1000 lines.
    mutating func record(ok: Bool) {
        if ok { migrated += 1 } else { rejected += 1 }
        if isTerminal, (migrated + rejected) % 1000 == 0 {
            Self.emit("\r\(migrated + rejected) lines: migrated \(migrated), rejected \(rejected)")
        }
    }

    /// Clears the progress line (on a terminal) and writes the summary.
    func finish() {
        Self.emit((isTerminal ? "\r\u{1B}[K" : "") + "migrated \(migrated), rejected \(rejected)\n")
    }

    private static func emit(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
