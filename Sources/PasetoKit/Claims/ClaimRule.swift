/// One of your own checks on verified claims. When it returns `false` the token is refused with
/// `invalid-claim` naming ``claim``.
///
/// ```swift
/// ClaimRule(claim: "role") { $0.string("role") == "admin" }
/// ```
public struct ClaimRule: Sendable {
    /// The claim the rule is about, named in the error when it fails.
    public let claim: String
    private let check: @Sendable (ClaimSet) -> Bool

    /// A rule about `claim`, passing when `check` returns `true`.
    public init(claim: String, _ check: @escaping @Sendable (ClaimSet) -> Bool) {
        self.claim = claim
        self.check = check
    }

    /// A rule that `claim` is present.
    public static func required(_ claim: String) -> ClaimRule {
        ClaimRule(claim: claim) { $0.contains(claim) }
    }

    /// A rule that the string `claim` equals `value`, compared in constant time.
    public static func equals(_ claim: String, _ value: String) -> ClaimRule {
        ClaimRule(claim: claim) { claims in
            claims.string(claim).map { ConstantTime.equals($0, value) } ?? false
        }
    }

    /// Runs the rule.
    func validate(_ claims: ClaimSet) throws {
        guard check(claims) else {
            throw PasetoError.make(.invalidClaim, "the claim \(claim) failed a rule", claim: claim)
        }
    }
}
