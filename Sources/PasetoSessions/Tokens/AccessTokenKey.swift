public import PasetoKit

/// The key access tokens are issued with: `v4.local` (the default: the claims are encrypted, and only
/// holders of the key can check them) or `v4.public` (signed: verifiers need only the public key).
public enum AccessTokenKey: Sendable {
    /// Encrypted `v4.local` access tokens.
    case local(PasetoV4.Local.Key)
    /// Signed `v4.public` access tokens; verifiers elsewhere use ``verifyingKey``.
    case `public`(PasetoV4.Public.SecretKey)

    /// The footer every access token carries: the key's `lid`, or its public key's `pid`.
    var footer: PasetoFooter {
        get throws {
            switch self {
            case .local(let key): try PasetoFooter(keyID: key.paserkID)
            case .public(let key): try PasetoFooter(keyID: key.publicKey.paserkID)
            }
        }
    }

    /// The public key a `v4.public` verifier needs; `nil` for a local key.
    public var verifyingKey: PasetoV4.Public.PublicKey? {
        if case .public(let key) = self { key.publicKey } else { nil }
    }

    func issue(
        _ claims: PasetoClaims<AccessTokenContent>,
        fingerprint: ClientFingerprint,
        policy: IssuingPolicy
    ) throws -> String {
        switch self {
        case .local(let key):
            try key.encrypt(claims, footer: footer, implicitAssertion: fingerprint.implicitAssertion, policy: policy)
        case .public(let key):
            try key.sign(claims, footer: footer, implicitAssertion: fingerprint.implicitAssertion, policy: policy)
        }
    }

    func check(
        _ token: String,
        fingerprint: ClientFingerprint,
        rules: ClaimRules
    ) throws -> VerifiedClaims<AccessTokenContent> {
        switch self {
        case .local(let key):
            try key.decrypt(
                token,
                as: AccessTokenContent.self,
                rules: rules,
                implicitAssertion: fingerprint.implicitAssertion
            )
        case .public(let key):
            try key.publicKey.verify(
                token,
                as: AccessTokenContent.self,
                rules: rules,
                implicitAssertion: fingerprint.implicitAssertion
            )
        }
    }
}

/// The claims of an access token beyond the registered ones: its session and its subject's token version.
struct AccessTokenContent: Codable, Sendable {
    /// The session id.
    var sid: String
    /// The subject's token version when the token was issued.
    var ver: Int
}
