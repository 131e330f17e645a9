/// How a JWT `aud` array becomes PASETO's single `aud` string.
///
/// An array of one element always becomes that string. For several elements the default refuses the token
/// (`multiple-audiences`): picking one silently would widen or narrow who accepts it.
public struct JWTAudiencePolicy: Hashable, Sendable {
    /// The audiences to choose from, in order of preference; empty refuses arrays of several.
    public let preferred: [String]

    private init(preferred: [String]) { self.preferred = preferred }

    /// Refuse an `aud` array of more than one element.
    public static let requireSingle = JWTAudiencePolicy(preferred: [])

    /// Keep the first of `audiences` that the array holds (the token was meant for it too); refuse the token
    /// with `audience-mismatch` when it holds none of them.
    public static func choose(from audiences: [String]) -> JWTAudiencePolicy {
        JWTAudiencePolicy(preferred: audiences)
    }

    /// The one audience for `audiences` (a JWT `aud`, never empty).
    ///
    /// - Throws: ``JWTCompatError`` `multiple-audiences` or `audience-mismatch`.
    func single(of audiences: [String]) throws -> String {
        if audiences.count == 1, let only = audiences.first { return only }
        guard !preferred.isEmpty else {
            throw JWTCompatError.make(
                .multipleAudiences,
                "aud holds \(audiences.count) audiences and PASETO's aud is one string; choose one with an audience policy",
                claim: "aud"
            )
        }
        guard let match = preferred.first(where: { JWTClaimRules.isAccepted($0, among: audiences) }) else {
            throw JWTCompatError.make(.audienceMismatch, "aud holds none of the chosen audiences", claim: "aud")
        }
        return match
    }
}
