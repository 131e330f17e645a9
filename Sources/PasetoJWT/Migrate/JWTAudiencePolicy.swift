/// What a JWT `aud` array becomes in the PASETO payload.
///
/// An array of one element always becomes that string. An array of two or more is kept as that array by
/// default (``keepAll``): a migration must not decide which audiences a live session loses. Choosing one
/// (``choose(from:)``) is possible when the services reading the PASETO tokens expect a single string.
public struct JWTAudiencePolicy: Hashable, Sendable {
    private enum Rule: Hashable, Sendable {
        case keep
        case refuse
        case choose([String])
    }

    private let rule: Rule

    private init(_ rule: Rule) { self.rule = rule }

    /// The audiences to choose from, in order of preference; empty unless made by ``choose(from:)``.
    public var preferred: [String] {
        guard case .choose(let audiences) = rule else { return [] }
        return audiences
    }

    /// Keep an `aud` array of two or more members as that array (the default of ``JWTMigrationOptions``).
    public static let keepAll = JWTAudiencePolicy(.keep)

    /// Refuse an `aud` array of more than one element (`multiple-audiences`), for targets whose readers
    /// accept a single `aud` string only.
    public static let requireSingle = JWTAudiencePolicy(.refuse)

    /// Keep the first of `audiences` that the array holds (the token was meant for it too); refuse the token
    /// with `audience-mismatch` when it holds none of them. An empty list refuses arrays of several, as
    /// ``requireSingle``.
    public static func choose(from audiences: [String]) -> JWTAudiencePolicy {
        JWTAudiencePolicy(audiences.isEmpty ? .refuse : .choose(audiences))
    }

    /// The one PASETO `aud` string for `audiences` (a JWT `aud`, never empty), or `nil` to keep the JWT's
    /// array of several as written.
    ///
    /// - Throws: ``JWTCompatError`` `multiple-audiences` or `audience-mismatch`.
    func single(of audiences: [String]) throws -> String? {
        if audiences.count == 1, let only = audiences.first { return only }
        switch rule {
        case .keep:
            return nil
        case .refuse:
            throw JWTCompatError.make(
                .multipleAudiences,
                "aud holds \(audiences.count) audiences and the audience policy requires one",
                claim: "aud"
            )
        case .choose(let preferred):
            guard let match = preferred.first(where: { JWTClaimRules.isAccepted($0, among: audiences) }) else {
                throw JWTCompatError.make(.audienceMismatch, "aud holds none of the chosen audiences", claim: "aud")
            }
            return match
        }
    }
}
