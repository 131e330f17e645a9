import PasetoKit

/// The one error type of PasetoJWT, shaped like PasetoKit's `PasetoError`.
///
/// Every refusal carries a stable ``Code`` (what `paseto jwt …` prints after `error: `) and a short message
/// that never contains the token, key bytes, an HMAC secret or a claim value. Two errors are equal when their
/// codes are equal, so callers and tests match on the code:
///
/// ```swift
/// do {
///     _ = try verifier.verify(token, rules: rules)
/// } catch let error as JWTCompatError where error.code == .algNone {
///     // an unsigned token: reject the request
/// }
/// ```
///
/// - Important: ``underlying`` keeps the jwt-kit or swift-crypto error that caused a failure, for debugging
///   in a debugger. It is never part of ``description`` or ``debugDescription``: such errors may quote key
///   material or token bytes.
public struct JWTCompatError: Error, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, as a stable machine-readable value.
    public let code: Code
    /// A human-readable explanation, free of secrets; safe to log.
    public let message: String
    /// The claim a validation error is about (`exp`, `aud`, …), when there is one.
    public let claim: String?
    /// The lower-level error (jwt-kit, swift-crypto, PasetoKit) that caused this one, if any. Never printed.
    public let underlying: (any Error)?
    private let file: String
    private let line: UInt

    private init(code: Code, message: String, claim: String?, underlying: (any Error)?, file: String, line: UInt) {
        self.code = code
        self.message = message
        self.claim = claim
        self.underlying = underlying
        self.file = file
        self.line = line
    }

    /// `code: message`, the form the command line prints after `error: `.
    public var description: String { "\(code): \(message)" }

    /// The description plus the source location that raised the error (still without ``underlying``).
    public var debugDescription: String { "\(description) (\(file):\(line))" }

    /// Whether the failure concerns the key or the caller's input rather than the token: `invalid-key`,
    /// `unsupported-key`, `weak-hmac-key`. The command line exits with status 2 for these and 1 otherwise.
    public var isKeyProblem: Bool { Code.keyProblems.contains(code) }

    /// Errors are equal when their codes are: messages, claims and causes do not matter.
    public static func == (lhs: JWTCompatError, rhs: JWTCompatError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, consistent with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// Creates an error; every failure in PasetoJWT goes through here.
    @inline(never)
    package static func make(
        _ code: Code,
        _ message: String,
        claim: String? = nil,
        underlying: (any Error)? = nil,
        file: String = #fileID,
        line: UInt = #line
    ) -> JWTCompatError {
        JWTCompatError(
            code: code,
            message: LogSafeText.escaped(message),
            claim: claim.map(LogSafeText.escaped),
            underlying: underlying,
            file: file,
            line: line
        )
    }
}
