import ArgumentParser
import Foundation
import PasetoSessions

/// `paseto sessions revoke --store STORE (--subject S | --session SID)`: prints `revoked N`.
struct SessionsRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke every session of a subject, or one session; prints revoked N.",
        discussion: """
            Revoking a subject also raises its token version, so every access token issued to it before is \
            refused. Services sharing the store refuse the revoked tokens from then on (within their \
            revocation staleness, 1 s by default).
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Revoke every session of this subject.", valueName: "subject"))
    var subject: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Revoke this one session (its sid).", valueName: "sid"))
    var session: String?

    func validate() throws {
        guard (subject == nil) != (session == nil) else {
            throw ValidationError("give exactly one of --subject and --session")
        }
    }

    func run() async throws {
        let (subject, session) = (self.subject, self.session)
        let count = try await store.run { store in
            if let subject { return try await store.revokeSubject(subject, at: Date()) }
            return try await store.revokeSession(session ?? "", at: Date()) ? 1 : 0
        }
        StandardOutput.writeLine("revoked \(count)")
    }
}
