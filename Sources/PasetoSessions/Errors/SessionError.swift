public import PasetoKit

/// The one error type of PasetoSessions, shaped like PasetoKit's `PasetoError`.
///
/// Every failure carries a stable ``Code`` (what an HTTP layer maps to a status and logs) and a short message
/// that never holds a token, a refresh token, a fingerprint or key bytes. Errors are equal when their codes
/// are. A PasetoKit error met while checking an access token is kept as ``underlying``.
public struct SessionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as a stable machine-readable value.
    public let code: Code
    /// A human-readable explanation, free of secrets; safe to log.
    public let message: String
    /// The PasetoKit error behind an `invalid-access-token`, `expired` or `fingerprint-mismatch`, if any.
    public let underlying: PasetoErrorBox?

    init(_ code: Code, _ message: String, underlying: PasetoErrorBox? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }

    /// Errors are equal when their codes are.
    public static func == (lhs: SessionError, rhs: SessionError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, consistent with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}

/// A PasetoKit error kept inside a ``SessionError``; a box so that `SessionError` stays `Hashable` by code.
public struct PasetoErrorBox: Sendable, Hashable, CustomStringConvertible {
    /// The error PasetoKit threw.
    public let error: PasetoError
    /// The PasetoKit error's description.
    public var description: String { error.description }
}
