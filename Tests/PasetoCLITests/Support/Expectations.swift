import Testing

extension CLIResult {
    /// The lines of standard output, without their newlines.
    var stdoutLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// Expects success: exit 0, exactly `stdout`, nothing on standard error.
func expectSuccess(_ result: CLIResult, stdout: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result == CLIResult(status: 0, stdout: stdout, stderr: ""), sourceLocation: sourceLocation)
}

/// Expects the contract's failure shape: exit `status`, nothing on standard output, and exactly one line on
/// standard error starting `error: <code>: `.
///
/// Messages after the code are free text the library may reword; the code and the status are the contract.
func expectFailure(
    _ result: CLIResult,
    status: Int32,
    code: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stdout == "", "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("error: \(code): "), "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasSuffix("\n"), "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result)", sourceLocation: sourceLocation)
}

/// Expects a rejected token: exit 1 with `error: <code>: …`.
func expectRejected(_ result: CLIResult, code: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectFailure(result, status: 1, code: code, sourceLocation: sourceLocation)
}

/// Expects a usage or input error: exit 2 with `error: <code>: …`.
func expectInputError(_ result: CLIResult, code: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectFailure(result, status: 2, code: code, sourceLocation: sourceLocation)
}
