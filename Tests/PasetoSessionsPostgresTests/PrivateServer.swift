import Foundation

/// A PostgreSQL server of one test's own (`.ci/postgres-server`), for tests that kill it: the shared
/// server of the run stays up for the others.
struct PrivateServer: Sendable {
    let folder: String
    let url: String

    static var script: String {
        if let script = ProcessInfo.processInfo.environment["PASETO_POSTGRES_SERVER_SCRIPT"] { return script }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".ci/postgres-server").path
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func start() throws -> PrivateServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paseto-pg-\(UUID().uuidString)")
            .path
        try run("start", folder)
        let url = try String(contentsOfFile: folder + "/url", encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines
        )
        return PrivateServer(folder: folder, url: url)
    }

    /// `kill -9` of the server and its backends.
    func kill() throws { try Self.run("kill", folder) }

    /// Starts the killed server again, on the same port.
    func restart() throws { try Self.run("restart", folder) }

    func stop() { try? Self.run("stop", folder) }

    private static func run(_ command: String, _ folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script, command, folder]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "postgres-server \(command) exited \(process.terminationStatus)")
        }
    }
}
