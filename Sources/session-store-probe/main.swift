// A child process for the durability test (Tests/PasetoSessionsTests/DurabilityTests.swift): it opens a
// SQLite session store, makes committed changes, reports them on one line of standard output and then
// waits to be killed with SIGKILL. Not a tool: it prints refresh tokens.
//
//   session-store-probe PATH full|normal            the durability test's child
//   session-store-probe PATH full|normal ROTATIONS  rotates one session ROTATIONS times, printing the
//                                                   rotations per second and the resident memory every 10%
import Foundation
import PasetoKit
import PasetoSessions
import PasetoSessionsSQLite

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4,
    let synchronous = SQLiteSessionStore.Synchronous(rawValue: arguments[2].uppercased())
else {
    FileHandle.standardError.write(Data("usage: session-store-probe PATH full|normal [ROTATIONS]\n".utf8))
    exit(2)
}
let store = try SQLiteSessionStore(path: arguments[1], synchronous: synchronous)
let manager = try SessionManager(
    key: .local(PasetoV4.Local.Key.generate()),
    store: store,
    configuration: SessionConfiguration(issuer: "probe", audience: "probe")
)
let context = ClientContext(userAgent: "probe/1", address: "127.0.0.1")

/// The resident set size in KiB, from /proc/self/status (0 where there is none).
func residentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
    else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}

if arguments.count == 4, let rotations = Int(arguments[3]), rotations > 0 {
    var current = try await manager.login(subject: "rotating", context: context).refreshToken.text
    let step = max(rotations / 10, 1)
    var start = Date()
    for index in 1...rotations {
        current = try await manager.refresh(current, context: context).refreshToken.text
        if index % step == 0 {
            let rate = Double(step) / Date().timeIntervalSince(start)
            print("\(index) rotations: \(Int(rate))/s, RSS \(residentKiB()) KiB")
            start = Date()
        }
    }
    exit(0)
}
let kept = try await manager.login(subject: "durable", context: context)
let rotated = try await manager.refresh(kept.refreshToken.text, context: context)
let ended = try await manager.login(subject: "durable", context: context)
try await manager.logout(sessionID: ended.session.id)
let everywhere = try await manager.login(subject: "everywhere", context: context)
try await manager.logoutEverywhere(subject: "everywhere")
let report: [String: String] = [
    "usedUp": kept.refreshToken.text,
    "current": rotated.refreshToken.text,
    "session": kept.session.id,
    "loggedOut": ended.session.id,
    "everywhere": everywhere.session.id,
]
let line = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
FileHandle.standardOutput.write(line + Data("\n".utf8))
// Everything above returned, so it is committed: wait for SIGKILL.
while true { sleep(60) }
