import ArgumentParser
import PasetoVectors

/// `paseto vectors PATH...`: runs official-format PASETO and PASERK test-vector files.
///
/// Prints one `FAIL file:name: reason` line per failing vector, one `SKIP file: N cases: reason` line per file
/// and reason of skipped vectors, then `N passed, N failed, N skipped` as the last line; exits 1 when any
/// vector failed and 2 when a path does not exist.
struct Vectors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vectors",
        abstract: "Run official PASETO/PASERK test-vector files.",
        discussion: """
            Each PATH is a vector file (v1.json … v4.json, kN.<type>.json) or a folder, which means every \
            *.json file below it. Vectors of versions or types this build does not support are skipped.
            """
    )

    @Argument(help: "Vector files or folders.")
    var paths: [String]

    func run() async throws {
        let results: [VectorCaseResult]
        do {
            results = try VectorRunner.run(paths: paths)
        } catch {
            throw InputError.usage(error.description)
        }
        let report = VectorReport(results)
        for line in report.lines {
            print(line)
        }
        guard report.failedCount == 0 else {
            throw RejectionError(
                code: "vectors-failed",
                message: "\(report.failedCount) of \(results.count) vectors failed"
            )
        }
    }
}
