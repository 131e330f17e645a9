import ArgumentParser

/// `paseto paserk …`: PASERK key operations.
struct PASERKCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paserk",
        abstract: "Key identifiers, conversions and wrapping in PASERK form.",
        subcommands: [
            PASERKID.self, PASERKPublic.self, PASERKWrapCommand.self, PASERKUnwrapCommand.self, PASERKSealCommand.self,
            PASERKUnsealCommand.self, PASERKPasswordWrapCommand.self, PASERKPasswordUnwrapCommand.self,
        ]
    )
}
