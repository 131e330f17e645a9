import ArgumentParser

/// `paseto sessions …`: operators' view of a session store (the contract's "Sessions (operators)" section).
struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List and revoke the sessions of a PasetoSessions store.",
        subcommands: [SessionsList.self, SessionsRevoke.self]
    )
}
