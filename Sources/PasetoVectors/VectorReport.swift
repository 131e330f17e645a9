/// The text the `paseto vectors` command prints for a run: `FAIL` lines, grouped `SKIP` lines, a summary.
package struct VectorReport: Sendable {
    /// Every result, in run order.
    package let results: [VectorCaseResult]

    /// A report of `results`.
    package init(_ results: [VectorCaseResult]) {
        self.results = results
    }

    /// How many results passed.
    package var passedCount: Int { results.count { $0.outcome == .passed } }
    /// How many results failed.
    package var failedCount: Int { failures.count }
    /// How many results were skipped.
    package var skippedCount: Int { results.count - passedCount - failedCount }

    /// The failed results, in run order.
    package var failures: [VectorCaseResult] {
        results.filter {
            if case .failed = $0.outcome { return true }
            return false
        }
    }

    /// `FAIL file:name: reason`, one per failed result, in run order.
    package var failureLines: [String] {
        failures.compactMap {
            guard case .failed(let reason) = $0.outcome else { return nil }
            return "FAIL \($0.label): \(reason)"
        }
    }

    /// `SKIP file: N cases: reason`, one per file and reason, in run order (`1 file` for a skipped whole file).
    package var skipLines: [String] {
        var groups: [(file: String, reason: String, cases: Int, wholeFile: Bool)] = []
        for result in results {
            guard case .skipped(let reason) = result.outcome else { continue }
            if let last = groups.last, last.file == result.file, last.reason == reason {
                groups[groups.count - 1].cases += 1
            } else {
                groups.append((result.file, reason, 1, result.index == nil))
            }
        }
        return groups.map { group in
            let count = group.wholeFile ? "1 file" : group.cases == 1 ? "1 case" : "\(group.cases) cases"
            return "SKIP \(group.file): \(count): \(group.reason)"
        }
    }

    /// `N passed, N failed, N skipped`.
    package var summaryLine: String {
        "\(passedCount) passed, \(failedCount) failed, \(skippedCount) skipped"
    }

    /// Everything the command prints on standard output: failure lines, skip lines, then the summary last.
    package var lines: [String] {
        failureLines + skipLines + [summaryLine]
    }
}
