public import Foundation

/// Which format a token in the migration window was.
public enum TransitionFormat: String, Hashable, Sendable {
    /// A PASETO token (`vN.local.…` or `vN.public.…`).
    case paseto
    /// A legacy JWT.
    case jwt
}

/// One decision of a ``TransitionVerifier``, as its observer sees it.
public struct TransitionEvent: Hashable, Sendable {
    /// The token's format.
    public let format: TransitionFormat
    /// Whether the token was accepted.
    public let accepted: Bool
    /// The refusal's stable code (`expired`, `jwt-cutoff-passed`, …) when it was refused.
    public let code: String?
    /// When the decision was made, by the rules' clock.
    public let date: Date
}

/// What a ``TransitionVerifier`` has seen since it was made: watch ``jwtAccepted`` fall to zero to know
/// when JWT traffic has stopped.
public struct TransitionCounts: Hashable, Sendable {
    /// PASETO tokens accepted.
    public var pasetoAccepted = 0
    /// PASETO tokens refused.
    public var pasetoRejected = 0
    /// JWTs accepted (before the cutoff).
    public var jwtAccepted = 0
    /// JWTs refused for any reason, including the cutoff.
    public var jwtRejected = 0
    /// JWTs refused only because they arrived after the cutoff.
    public var jwtAfterCutoff = 0
    /// When a JWT was last accepted.
    public var lastJWTAccepted: Date?

    /// Counts of zero.
    public init() {}

    mutating func record(_ event: TransitionEvent) {
        switch (event.format, event.accepted) {
        case (.paseto, true): pasetoAccepted += 1
        case (.paseto, false): pasetoRejected += 1
        case (.jwt, true):
            jwtAccepted += 1
            lastJWTAccepted = event.date
        case (.jwt, false):
            jwtRejected += 1
            if event.code == JWTCompatError.Code.jwtCutoffPassed.description { jwtAfterCutoff += 1 }
        }
    }
}
