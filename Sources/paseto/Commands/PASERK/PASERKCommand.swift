import ArgumentParser

/// `paseto paserk …`: PASERK key operations.
struct PASERKCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paserk",
        abstract: "Key identifiers and conversions in PASERK form.",
        subcommands: [PASERKID.self, PASERKPublic.self]
    )
}
