public import Foundation

/// Where validation and issuing read the current time; inject a fixed clock to make tests exact.
public protocol PasetoClock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The system's wall clock.
public struct SystemClock: PasetoClock {
    /// The system clock.
    public init() {}

    /// `Date()`.
    public func now() -> Date { Date() }
}

/// A clock stopped at one instant, for tests and for replaying a decision.
public struct FixedClock: PasetoClock {
    /// The instant this clock always reports.
    public let instant: Date

    /// A clock stopped at `instant`.
    public init(_ instant: Date) { self.instant = instant }

    /// ``instant``.
    public func now() -> Date { instant }
}

extension Duration {
    /// The duration in seconds, as Foundation's `TimeInterval`.
    var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
