/// The one error type of PasetoKit.
///
/// Every failure carries a stable ``Code`` (what the `paseto` command line prints) and a short message that
/// never contains key bytes, plaintext, passwords or the token itself. Two errors are equal when their codes
/// are equal, so tests and callers match on the code:
///
/// ```swift
/// do {
///     _ = try PasetoV4.Local.decrypt(token, using: key)
/// } catch let error as PasetoError where error.code == .authenticationFailed {
///     // reject the request
/// }
/// ```
///
/// - Important: A bad authentication tag and a bad signature share ``Code/authenticationFailed``, so a caller
///   cannot be turned into an oracle that tells them apart.
public struct PasetoError: Error, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, as a stable machine-readable value.
    public let code: Code
    /// A human-readable explanation, free of secrets; safe to log.
    public let message: String
    /// The claim a validation error is about (`exp`, `aud`, …), when there is one.
    public let claim: String?
    private let file: String
    private let line: UInt

    private init(code: Code, message: String, claim: String?, file: String, line: UInt) {
        self.code = code
        self.message = message
        self.claim = claim
        self.file = file
        self.line = line
    }

    /// `code: message`, the form the command line prints after `error: `.
    public var description: String { "\(code): \(message)" }

    /// The description plus the source location that raised the error.
    public var debugDescription: String { "\(description) (\(file):\(line))" }

    /// Errors are equal when their codes are: messages and source locations do not matter.
    public static func == (lhs: PasetoError, rhs: PasetoError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, consistent with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// Creates an error with a code; used by every factory in ``PasetoError``.
    @inline(never)
    package static func make(
        _ code: Code,
        _ message: String,
        claim: String? = nil,
        file: String = #fileID,
        line: UInt = #line
    ) -> PasetoError {
        PasetoError(
            code: code,
            message: LogSafeText.escaped(message),
            claim: claim.map(LogSafeText.escaped),
            file: file,
            line: line
        )
    }
}
