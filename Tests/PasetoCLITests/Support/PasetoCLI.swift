import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one run of the built `paseto` produced.
struct CLIResult: Sendable, Equatable, CustomStringConvertible {
    /// The exit status.
    var status: Int32
    /// Standard output, as UTF-8 text.
    var stdout: String
    /// Standard error, as UTF-8 text.
    var stderr: String

    var description: String { "status \(status), stdout \(stdout.debugDescription), stderr \(stderr.debugDescription)" }
}

/// Runs the built `paseto` executable, as argument-parser's `AssertExecuteCommand` does.
///
/// The binary is `$PASETO_BIN` when set, else `paseto` next to the running test bundle, else
/// `.build/debug/paseto` under the package root found from `#filePath`. `swift test` builds every target of
/// the package, the executable included, so the binary is as fresh as the tests (`make test` also runs
/// `swift build` first); a missing binary is a recorded failure, never a silent skip.
enum PasetoCLI {
    /// Thrown after a recorded issue when there is no binary to run, to end the test.
    struct MissingBinary: Error, CustomStringConvertible {
        let description: String
    }

    /// The package root, holding `Tests/PasetoCLITests/Support/` where this file is.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every place the binary is looked for, in order.
    static var candidates: [URL] {
        if let path = ProcessInfo.processInfo.environment["PASETO_BIN"], !path.isEmpty {
            return [URL(fileURLWithPath: path)]
        }
        var places: [URL] = []
        if let runner = Bundle.main.executableURL {
            places.append(runner.deletingLastPathComponent().appendingPathComponent("paseto"))
        }
        places.append(packageRoot.appendingPathComponent(".build/debug/paseto"))
        return places
    }

    /// The binary, or `nil` when none of ``candidates`` is an executable file.
    static let executable: URL? = {
        // A child that exits before reading its input must not kill the test process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `paseto arguments…` with `stdin` as its standard input.
    ///
    /// - Throws: ``MissingBinary`` (after recording an issue) when the binary is not built.
    static func run(
        _ arguments: [String],
        stdin: String = "",
        environment: [String: String]? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLIResult {
        guard let executable else {
            let places = candidates.map(\.path).joined(separator: ", ")
            let message = "the paseto binary is not built (looked in \(places)); run `swift build` or set PASETO_BIN"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            throw MissingBinary(description: message)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment {
            process.environment = environment
        }
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()

        // Feed standard input and drain both outputs at once, then wait: a child blocked on a full pipe
        // would otherwise never exit.
        let group = DispatchGroup()
        let errorBytes = DataBox()
        DispatchQueue.global().async(group: group) {
            try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            errorBytes.data = (try? error.fileHandleForReading.readToEnd()) ?? Data()
        }
        let outputBytes = (try? output.fileHandleForReading.readToEnd()) ?? Data()
        group.wait()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: outputBytes, as: UTF8.self),
            stderr: String(decoding: errorBytes.data, as: UTF8.self)
        )
    }
}

/// Bytes handed from a reader thread to the waiting one (the `DispatchGroup` orders the accesses).
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
