public import PasetoKit

/// One key of a ``JWTKeySet`` as a PASERK, or why it has none.
public struct JWTKeyConversion: Hashable, Sendable {
    /// The key's `kid`, if it has one.
    public let keyID: String?
    /// The public PASERK (`k4.public.…`, `k2.public.…`, `k3.public.…`), when the key maps to one.
    public let paserk: String?
    /// Why the key does not map, when it does not.
    public let reason: String?
}

extension JWTKeySet {
    /// Each key as a public PASERK where its algorithm maps to a PASETO version: Ed25519 (`OKP`) to
    /// `k4.public` (or `k2.public`), P-384 to `k3.public`. Other keys get a reason instead. Only public keys
    /// are produced: a private key file contributes its public half, as everywhere in PasetoJWT.
    ///
    /// - Parameter ed25519Version: `.v4` (the default) or `.v2`, for Ed25519 keys.
    /// - Returns: The usable keys in order, then the JWKS members that could not be read.
    public func paserkConversions(ed25519Version: PasetoVersion = .v4) -> [JWTKeyConversion] {
        entries.map { entry in
            let result = Self.convert(entry, ed25519Version: ed25519Version)
            return JWTKeyConversion(keyID: entry.keyID, paserk: result.paserk, reason: result.reason)
        } + skipped.map { JWTKeyConversion(keyID: $0.keyID, paserk: nil, reason: "not convertible: \($0.reason)") }
    }

    private static func convert(
        _ entry: JWTKeyEntry,
        ed25519Version: PasetoVersion
    ) -> (paserk: String?, reason: String?) {
        switch entry.material.kind {
        case .ed25519:
            guard ed25519Version == .v4 || ed25519Version == .v2 else {
                return (
                    nil,
                    "not convertible: Ed25519 keys map to k2.public or k4.public, not \(ed25519Version.paserkPrefix)"
                )
            }
            return imported("\(ed25519Version.paserkPrefix).public.\(Base64URL.encode(entry.material.bytes))")
        case .ecdsaP384:
            // PASERK k3.public holds the compressed point, which is what the material keeps.
            return imported("k3.public.\(Base64URL.encode(entry.material.bytes))")
        case .other:
            switch entry.family {
            case .hmac:
                return (
                    nil,
                    "not convertible: an HMAC secret is no public key, and PASETO local keys are never reused JWT secrets"
                )
            case .rsa:
                return (
                    nil,
                    "not convertible: RSA maps only to k1 (PASETO v1, deprecated), which this build does not support"
                )
            default:
                return (nil, "not convertible: no PASETO version uses \(entry.family) (v3 uses P-384, v2/v4 Ed25519)")
            }
        }
    }

    /// The PASERK if this build reads it back as a key, else the reason.
    private static func imported(_ paserk: String) -> (paserk: String?, reason: String?) {
        do {
            return (try AnyPasetoKey(paserk: paserk).exportPASERK(), nil)
        } catch let error as PasetoError where error.code == .unsupportedVersion {
            let version = paserk.prefix { $0 != "." }.dropFirst()
            return (nil, "not convertible: v\(version) keys are not supported by this build")
        } catch {
            return (nil, "not convertible: \(error)")
        }
    }
}
