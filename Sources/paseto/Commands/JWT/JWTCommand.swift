import ArgumentParser

/// `paseto jwt …`: read, verify and migrate legacy JWTs (the contract's "JWT compatibility" section).
struct JWTCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jwt",
        abstract: "Decode, verify and migrate legacy JWTs; convert JWK keys to PASERK.",
        subcommands: [JWTDecode.self, JWTVerify.self, JWTMigrate.self, JWTConvertKey.self]
    )
}
