import ArgumentParser
import Foundation
import PasetoKit

/// The `paseto` command line. The contract (exit codes, error lines) is `Docs/CLI.md`.
@main
struct Paseto: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paseto",
        abstract: "Issue, check and inspect PASETO tokens and PASERK keys.",
        subcommands: [
            Keygen.self, Encrypt.self, Sign.self, Decrypt.self, Verify.self, Inspect.self, PASERKCommand.self,
            Vectors.self, JWTCommand.self, SessionsCommand.self,
        ]
    )

    /// Parses, runs, and maps every failure to one `error: <code>: <message>` line and exit status 1 or 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(with: error)
        }
    }

    private static func exit(with error: any Error) -> Never {
        let failure = CLIFailure(
            error,
            helpMessage: { fullMessage(for: $0) },
            message: { message(for: $0) },
            exitCode: { exitCode(for: $0) }
        )
        if let output = failure.standardOutput {
            print(output)
        }
        if let line = failure.errorLine {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        Foundation.exit(failure.status)
    }
}
