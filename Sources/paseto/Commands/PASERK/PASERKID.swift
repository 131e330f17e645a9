import ArgumentParser
import PasetoKit

/// `paseto paserk id KEY`: the PASERK id (`k*.lid`, `k*.pid`, `k*.sid`) of a key.
struct PASERKID: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "id",
        abstract: "Print the PASERK id (lid, pid or sid) of a key."
    )

    @OptionGroup var key: KeyArgument

    func run() async throws {
        StandardOutput.writeLine(try key.load().paserkID)
    }
}
