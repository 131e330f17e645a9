/// The key types a PASERK string can name, looked up by their `kN.type.` header.
///
/// Adding a version means adding its three key types here; ``AnyPasetoKey`` and the command line pick them up.
package enum PasetoKeyTypes {
    /// Every supported local key type.
    package static let local: [any PasetoLocalKey.Type] = [
        PasetoV4.Local.Key.self, PasetoV3.Local.Key.self, PasetoV2.Local.Key.self, PasetoV1.Local.Key.self,
    ]
    /// Every supported secret (signing) key type.
    package static let secret: [any PasetoSigningKey.Type] = [
        PasetoV4.Public.SecretKey.self, PasetoV3.Public.SecretKey.self, PasetoV2.Public.SecretKey.self,
        PasetoV1.Public.SecretKey.self,
    ]
    /// Every supported public (verifying) key type.
    package static let `public`: [any PasetoVerifyingKey.Type] = [
        PasetoV4.Public.PublicKey.self, PasetoV3.Public.PublicKey.self, PasetoV2.Public.PublicKey.self,
        PasetoV1.Public.PublicKey.self,
    ]

    /// The versions with at least one supported key type.
    package static var versions: Set<PasetoVersion> {
        Set(local.map { $0.version } + secret.map { $0.version } + `public`.map { $0.version })
    }
}
