/// The result of one vector case, or of a whole file that could not be run case by case.
package struct VectorCaseResult: Hashable, Sendable, CustomStringConvertible {
    /// The vector file's name, e.g. `v4.json`.
    package var file: String
    /// The case's position in the file's `tests` array (from 0), its identity; `nil` for a whole-file result
    /// (unreadable, unparsable or not a vector file).
    package var index: Int?
    /// The case's `name` field, for messages only: some names are wrong (`k1.seal.json` has a `k2.seal-2`).
    package var name: String
    /// What happened.
    package var outcome: VectorOutcome

    /// A result for case `index` of `file`.
    package init(file: String, index: Int?, name: String, outcome: VectorOutcome) {
        self.file = file
        self.index = index
        self.name = name
        self.outcome = outcome
    }

    /// `file:name`, or just `file` for a whole-file result: the prefix of `FAIL` lines.
    package var label: String {
        index == nil ? file : "\(file):\(name)"
    }

    /// `file:name: outcome`.
    package var description: String { "\(label): \(outcome)" }
}
