import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lines to standard output, batched: written when 32 KiB are pending, on ``flush()``, and (when standard
/// output is a terminal) after every line.
struct BufferedOutput {
    private let isTerminal = isatty(STDOUT_FILENO) == 1
    private var pending: [UInt8] = []

    /// Queues `text` and a newline.
    mutating func writeLine(_ text: String) {
        pending.append(contentsOf: text.utf8)
        pending.append(UInt8(ascii: "\n"))
        if isTerminal || pending.count >= 32 * 1024 { flush() }
    }

    /// Writes everything queued.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        // A closed reader (`… | head`) is the reader's choice, not an error worth reporting.
        try? FileHandle.standardOutput.write(contentsOf: Data(pending))
        pending.removeAll(keepingCapacity: true)
    }
}
