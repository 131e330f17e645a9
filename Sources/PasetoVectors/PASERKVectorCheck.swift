package import PasetoKit

/// Runs one case of a PASERK vector file, any of the eleven types, for k1 to k4.
///
/// - `local`, `secret`, `public`, `lid`, `pid`, `sid`: see ``PASERKKeyVectorCheck``.
/// - `seal`, `local-wrap.pie`, `secret-wrap.pie`, `local-pw`, `secret-pw`: see ``PASERKWrapVectorCheck``.
/// - `k1.seal` is skipped, with the reason: it needs raw RSA, which swift-crypto does not offer.
package enum PASERKVectorCheck {
    /// The versions this check supports.
    package static let supportedVersions: [PasetoVersion] = [.v1, .v2, .v3, .v4]

    /// Why every `k1.seal` case is skipped.
    package static let k1SealSkipReason =
        "k1.seal needs raw RSA (RSA-KEM), which swift-crypto does not offer; a big-integer RSA would not be "
        + "constant time, so it is not implemented"

    /// Checks `vector` from the `kN.<type>.json` file of `version`.
    ///
    /// - Returns: `.passed`, `.failed` with the first check that did not hold, or `.skipped` with the reason.
    package static func outcome(of vector: PASERKVector, version: PasetoVersion, type: PASERKType) -> VectorOutcome {
        switch version {
        case .v4: outcome(of: vector, type: type, using: SodiumVersion.v4.paserkKeys)
        case .v3: outcome(of: vector, type: type, using: NISTVersion.v3.keys)
        case .v2: outcome(of: vector, type: type, using: SodiumVersion.v2.paserkKeys)
        case .v1 where type == .seal: .skipped(k1SealSkipReason)
        case .v1: outcome(of: vector, type: type, using: NISTVersion.v1.keys)
        default: .skipped("\(version.paserkPrefix) PASERKs are not supported yet")
        }
    }

    private static func outcome<Local, Secret: PASERKSealingSecretKey>(
        of vector: PASERKVector,
        type: PASERKType,
        using keys: PASERKVectorKeys<Local, Secret>
    ) -> VectorOutcome {
        VectorCheckFailure.outcome {
            if type == .seal {
                try PASERKWrapVectorCheck.checkSeal(vector, using: keys)
            } else {
                try checkWithoutSeal(vector, type: type, using: keys)
            }
        }
    }

    private static func outcome<Local, Secret>(
        of vector: PASERKVector,
        type: PASERKType,
        using keys: PASERKVectorKeys<Local, Secret>
    ) -> VectorOutcome {
        VectorCheckFailure.outcome { try checkWithoutSeal(vector, type: type, using: keys) }
    }

    private static func checkWithoutSeal<Local, Secret>(
        _ vector: PASERKVector,
        type: PASERKType,
        using keys: PASERKVectorKeys<Local, Secret>
    ) throws {
        switch type {
        case .local, .secret, .public, .lid, .pid, .sid:
            try PASERKKeyVectorCheck.check(vector, type: type, using: keys)
        case .localWrap:
            try PASERKWrapVectorCheck.checkWrap(vector, as: Local.self, expected: keys.localKey, using: keys)
        case .secretWrap:
            try PASERKWrapVectorCheck.checkWrap(vector, as: Secret.self, expected: keys.secretKey, using: keys)
        case .localPassword:
            try PASERKWrapVectorCheck.checkPassword(vector, as: Local.self, expected: keys.localKey, using: keys)
        case .secretPassword:
            try PASERKWrapVectorCheck.checkPassword(vector, as: Secret.self, expected: keys.secretKey, using: keys)
        default:
            throw VectorCheckFailure("\(keys.version.paserkPrefix).\(type) has no check")
        }
    }
}
