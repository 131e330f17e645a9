#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor line by line in constant memory: one fixed buffer, and lines longer than
/// `maximumLineLength` are reported as overlong and skipped up to their newline without being kept.
struct LineReader {
    /// One input line, without its newline.
    enum Line {
        /// The line's bytes.
        case text([UInt8])
        /// A line longer than the limit; its bytes were discarded.
        case overlong
    }

    private let descriptor: Int32
    private let maximumLineLength: Int
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var start = 0
    private var end = 0
    private var finished = false

    /// A reader of `descriptor`.
    init(descriptor: Int32, maximumLineLength: Int) {
        self.descriptor = descriptor
        self.maximumLineLength = maximumLineLength
    }

    /// The next line, or `nil` at end of input. A final line without a newline is returned too.
    ///
    /// - Parameter beforeBlocking: Runs before each `read(2)` that may wait for input.
    /// - Throws: ``InputError`` `unreadable-input` when reading fails.
    mutating func next(beforeBlocking: () -> Void) throws -> Line? {
        var line: [UInt8] = []
        var overlong = false
        while true {
            if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                if !overlong { line.append(contentsOf: buffer[start..<newline]) }
                start = newline + 1
                return overlong || line.count > maximumLineLength ? .overlong : .text(line)
            }
            if !overlong { line.append(contentsOf: buffer[start..<end]) }
            start = end
            if line.count > maximumLineLength {
                overlong = true
                line = []
            }
            if finished {
                return overlong ? .overlong : (line.isEmpty ? nil : .text(line))
            }
            beforeBlocking()
            try fill()
        }
    }

    private mutating func fill() throws {
        start = 0
        end = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(code: "unreadable-input", message: "cannot read standard input")
            }
            if count == 0 { finished = true }
            end = count
            return
        }
    }
}
