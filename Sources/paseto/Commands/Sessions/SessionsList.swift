import ArgumentParser
import Foundation
import PasetoKit
import PasetoSessions

/// `paseto sessions list --store STORE --subject S`: one JSON line per live session of S.
struct SessionsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print one JSON line per live session of a subject.",
        discussion:
            #"Each line: {"sid": …, "subject": …, "created": RFC 3339, "last_used": RFC 3339, "user_agent": …}."#
    )

    @OptionGroup var store: StoreOptions

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The subject (sub) whose sessions to list.", valueName: "subject")
    )
    var subject: String

    func run() async throws {
        let subject = self.subject
        let sessions = try await store.run { try await $0.sessions(of: subject, at: Date()) }
        for session in sessions {
            StandardOutput.writeLine(JSONWriter.bytes(of: Self.line(for: session)))
        }
    }

    static func line(for session: SessionRecord) -> JSONValue {
        var object = JSONObject()
        object.set("sid", to: .string(session.id))
        object.set("subject", to: .string(session.subject))
        object.set("created", to: .string(RFC3339.format(session.created) ?? ""))
        object.set("last_used", to: .string(RFC3339.format(session.lastUsed) ?? ""))
        object.set("user_agent", to: .string(session.loginContext.userAgent))
        return .object(object)
    }
}
