import Foundation
import PasetoKit
import PasetoSessions
import PasetoSessionsSQLite
import SessionStoreConformance
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A SQLite store reopened after `kill -9` of the process that just returned from a refresh, a logout and a
/// logout-everywhere still knows every one of them.
@Suite("SQLite durability across kill -9")
struct DurabilityTests {
    /// The probe binary, built with the tests (`swift build --build-tests` builds every product): beside the
    /// running test bundle, else under the package's `.build/debug`.
    static var probe: URL {
        let name = "session-store-probe"
        if let runner = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent(name),
            FileManager.default.isExecutableFile(atPath: runner.path)
        {
            return runner
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/\(name)")
    }

    @Test("every committed rotation and revocation survives kill -9", arguments: ["full", "normal"])
    func killNine(_ synchronous: String) async throws {
        let binary = Self.probe
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the probe: \(binary.path)")
        let path = try TemporaryFolder.make().appendingPathComponent("durable.sqlite").path
        let process = Process()
        process.executableURL = binary
        process.arguments = [path, synchronous]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = try #require(Self.firstLine(of: output.fileHandleForReading), "the probe reported nothing")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)

        let report = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        let store = try SQLiteSessionStore(path: path)
        let usedUp = try RefreshToken(try #require(report["usedUp"]))
        let current = try RefreshToken(try #require(report["current"]))
        #expect(try await store.refreshToken(usedUp.hash)?.token.state == .used)
        #expect(try await store.refreshToken(current.hash)?.token.state == .active)
        #expect(try await store.session(try #require(report["loggedOut"]))?.revokedAt != nil)
        #expect(try await store.session(try #require(report["everywhere"]))?.revokedAt != nil)
        #expect(try await store.subjectVersion("everywhere") == 1)
        let kinds = try await store.revocationEvents(after: 0, at: Date()).map(\.kind)
        #expect(kinds.filter { $0 == .session }.count == 2 && kinds.contains(.subject), "\(kinds)")

        // The reopened store goes on: the current token refreshes, the used-up one is reuse.
        let manager = try SessionManager(
            key: .local(PasetoV4.Local.Key.generate()),
            store: store,
            configuration: SessionConfiguration(issuer: "probe", audience: "probe")
        )
        let context = ClientContext(userAgent: "probe/1", address: "127.0.0.1")
        #expect(try await manager.refresh(current.text, context: context).session.id == report["session"])
        #expect(
            await sessionErrorCode { try await manager.refresh(usedUp.text, context: context) } == .refreshTokenReused
        )
    }

    /// Reads up to the first newline (the probe writes one line, then waits).
    static func firstLine(of handle: FileHandle) -> String? {
        var bytes: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1)
            guard let byte = chunk.first else { return nil }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}
