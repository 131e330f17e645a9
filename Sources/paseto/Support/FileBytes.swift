#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte-exact file reading and exclusive creation with POSIX calls, so that errors carry `errno`'s reason
/// and new files get their mode at creation (no window in which a secret file is readable by others).
enum FileBytes {
    /// The whole file at `path`.
    ///
    /// - Throws: ``InputError`` `unreadable-file` when it cannot be read or is larger than `maximumCount`.
    static func contents(atPath path: String, maximumCount: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError.unreadableFile(path, reason: currentErrorReason()) }
        defer { close(descriptor) }
        var contents: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError.unreadableFile(path, reason: currentErrorReason())
            }
            if count == 0 { return contents }
            contents.append(contentsOf: buffer[..<count])
            if contents.count > maximumCount {
                throw InputError.unreadableFile(path, reason: "larger than \(maximumCount) bytes")
            }
        }
    }

    /// Creates `path`, which must not exist yet, writes `bytes` and sets exactly `mode` (umask aside).
    ///
    /// - Throws: ``InputError`` `unwritable-file`; a partly written file is removed.
    static func createNew(atPath path: String, contents bytes: [UInt8], mode: mode_t) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw InputError.unwritableFile(path, reason: currentErrorReason()) }
        var failure: String?
        if fchmod(descriptor, mode) != 0 {
            failure = currentErrorReason()
        } else {
            failure = writeAll(bytes, to: descriptor)
        }
        if close(descriptor) != 0, failure == nil {
            failure = currentErrorReason()
        }
        if let failure {
            unlink(path)
            throw InputError.unwritableFile(path, reason: failure)
        }
    }

    /// Removes `path`, ignoring failure (used to undo a half-finished `keygen --out`).
    static func remove(atPath path: String) {
        unlink(path)
    }

    /// `nil` on success, else the reason.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes {
                write(descriptor, $0.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return currentErrorReason()
            }
            offset += count
        }
        return nil
    }

    private static func currentErrorReason() -> String {
        String(cString: strerror(errno))
    }
}
