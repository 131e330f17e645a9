/// The outcome of one vector.
package enum VectorOutcome: Hashable, Sendable, CustomStringConvertible {
    /// Every check of the vector held.
    case passed
    /// A check did not hold, or the vector could not be run; the reason says which.
    case failed(String)
    /// The vector was not run; the reason names what is not supported.
    case skipped(String)

    /// `passed`, `failed: <reason>` or `skipped: <reason>`.
    package var description: String {
        switch self {
        case .passed: "passed"
        case .failed(let reason): "failed: \(reason)"
        case .skipped(let reason): "skipped: \(reason)"
        }
    }
}
