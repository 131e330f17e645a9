/// One of your own checks on verified claims. When it returns `false` the token is refused, by default
/// with `invalid-claim` naming ``claim``, or with a code and message of the rule's own.
///
/// ```swift
/// ClaimRule(claim: "role") { $0.string("role") == "admin" }
///
/// // Its own code (`custom.role-required`) and message:
/// try ClaimRule(claim: "role", code: "role-required", message: "an admin role is required") {
///     $0.string("role") == "admin"
/// }
/// ```
public struct ClaimRule: Sendable {
    /// The claim the rule is about, named in the error when it fails.
    public let claim: String
    /// The code of the error the rule throws: ``PasetoError/Code/invalidClaim``, or a custom code
    /// (``PasetoError/Code/custom(_:)``) given to ``init(claim:code:message:_:)``.
    public let code: PasetoError.Code
    private let message: String?
    private let check: @Sendable (ClaimSet) -> Bool

    /// A rule about `claim`, passing when `check` returns `true`; it fails with `invalid-claim`.
    public init(claim: String, _ check: @escaping @Sendable (ClaimSet) -> Bool) {
        self.claim = claim
        self.code = .invalidClaim
        self.message = nil
        self.check = check
    }

    /// A rule about `claim` that fails with a code and message of its own.
    ///
    /// The code is always a custom one (``PasetoError/Code/custom(_:)``: `custom.<code>`), so a rule cannot
    /// impersonate a built-in failure such as `expired` or `audience-mismatch`.
    ///
    /// - Parameters:
    ///   - claim: The claim the rule is about (``PasetoError/claim``).
    ///   - code: The custom code's name: lower-case ASCII letters, digits and `-`, starting with a letter.
    ///   - message: The error's message. It is logged, so never put a claim value or a secret in it; control
    ///     characters are escaped like in every ``PasetoError``.
    ///   - check: Returns `true` when the claims pass.
    /// - Throws: ``PasetoError`` `invalid-parameters` when `code` is not a valid custom code name.
    public init(
        claim: String,
        code: String,
        message: String,
        _ check: @escaping @Sendable (ClaimSet) -> Bool
    ) throws {
        self.claim = claim
        self.code = try .custom(code)
        self.message = message
        self.check = check
    }

    /// A rule that `claim` is present.
    public static func required(_ claim: String) -> ClaimRule {
        ClaimRule(claim: claim) { $0.contains(claim) }
    }

    /// A rule that the string `claim` equals `value`, compared in constant time (exact bytes).
    public static func equals(_ claim: String, _ value: String) -> ClaimRule {
        ClaimRule(claim: claim) { claims in
            claims.string(claim).map { ConstantTime.equals($0, value) } ?? false
        }
    }

    /// Runs the rule.
    func validate(_ claims: ClaimSet) throws {
        guard check(claims) else {
            throw PasetoError.make(code, message ?? "the claim \(claim) failed a rule", claim: claim)
        }
    }
}
