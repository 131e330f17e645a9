import Foundation
import Testing

/// `jwt migrate` on a terminal: a progress line on standard error, cleared before the summary. `script`
/// (util-linux) gives the command a pseudo-terminal; where it is missing the test is reported as skipped.
@Suite("jwt migrate on a terminal")
struct JWTMigrateTerminalTests {
    static let script = "/usr/bin/script"

    @Test(
        "progress every 1000 lines on a terminal, then the summary as the last line",
        .enabled(if: FileManager.default.isExecutableFile(atPath: script), "needs util-linux script for a terminal")
    )
    func progress() throws {
        let binary = try #require(PasetoCLI.executable, "the paseto binary is not built")
        let vector = try JWTFixtures.vector("hs256-aud-array-of-one")
        let folder = try Fixtures.temporaryDirectory()
        let input = folder.appendingPathComponent("jwts.txt")
        try Data((Array(repeating: vector.jwt, count: 2000).joined(separator: "\n") + "\n").utf8).write(to: input)
        let command =
            "'\(binary.path)' jwt migrate --secret '\(JWTFixtures.secret)' --to '\(vector.targetKey)' < '\(input.path)' > /dev/null"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script)
        process.arguments = ["-qec", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let terminal = String(decoding: (try output.fileHandleForReading.readToEnd()) ?? Data(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(terminal.contains("\r1000 lines: migrated 1000, rejected 0"), "\(terminal.debugDescription)")
        #expect(terminal.contains("\r2000 lines: migrated 2000, rejected 0"))
        #expect(terminal.hasSuffix("\r\u{1B}[Kmigrated 2000, rejected 0\r\n"), "\(terminal.debugDescription)")
    }
}
