package import PasetoKit

/// Runs one case of a k2 or k4 PASERK vector file, any of the eleven types.
///
/// - `local`, `secret`, `public`, `lid`, `pid`, `sid`: see ``PASERKKeyVectorCheck``.
/// - `seal`, `local-wrap.pie`, `secret-wrap.pie`, `local-pw`, `secret-pw`: see ``PASERKWrapVectorCheck``.
package enum PASERKVectorCheck {
    /// The versions this check supports.
    package static let supportedVersions: [PasetoVersion] = [.v2, .v4]

    /// Checks `vector` from the `kN.<type>.json` file of `version`.
    ///
    /// - Returns: `.passed`, `.failed` with the first check that did not hold, or `.skipped` for a version
    ///   not in ``supportedVersions``.
    package static func outcome(of vector: PASERKVector, version: PasetoVersion, type: PASERKType) -> VectorOutcome {
        switch version {
        case .v4: outcome(of: vector, type: type, using: .v4)
        case .v2: outcome(of: vector, type: type, using: .v2)
        default: .skipped("\(version.paserkPrefix) PASERKs are not supported yet")
        }
    }

    private static func outcome<Local, Secret>(
        of vector: PASERKVector,
        type: PASERKType,
        using version: SodiumVersion<Local, Secret>
    ) -> VectorOutcome {
        VectorCheckFailure.outcome {
            switch type {
            case .local, .secret, .public, .lid, .pid, .sid:
                try PASERKKeyVectorCheck.check(vector, type: type, using: version)
            case .seal:
                try PASERKWrapVectorCheck.checkSeal(vector, using: version)
            case .localWrap:
                try PASERKWrapVectorCheck.checkWrap(vector, as: Local.self, using: version)
            case .secretWrap:
                try PASERKWrapVectorCheck.checkWrap(vector, as: Secret.self, using: version)
            case .localPassword:
                try PASERKWrapVectorCheck.checkPassword(vector, as: Local.self, using: version)
            case .secretPassword:
                try PASERKWrapVectorCheck.checkPassword(vector, as: Secret.self, using: version)
            default:
                throw VectorCheckFailure("\(version.version.paserkPrefix).\(type) has no check")
            }
        }
    }
}
