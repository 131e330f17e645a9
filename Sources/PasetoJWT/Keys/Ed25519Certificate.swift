import Crypto
import JWTKit
import SwiftASN1
import X509

/// The Ed25519 key of an X.509 certificate (RFC 8410), which jwt-kit 5.8.0 cannot read (it reads RSA and EC
/// certificates only).
///
/// swift-certificates parses the certificate and its `SubjectPublicKeyInfo` (algorithm `id-Ed25519`,
/// 1.3.101.112, without parameters, a 32-byte key); as for RSA and EC certificates, the certificate itself is
/// not validated: it only carries the key.
enum Ed25519Certificate {
    /// The certificate's key, for jwt-kit's EdDSA verifier.
    ///
    /// - Throws: swift-certificates' error for text that is not one certificate; ``JWTCompatError``
    ///   `unsupported-key` when the certificate's key is not Ed25519.
    static func publicKey(pem: String) throws -> EdDSA.PublicKey {
        let certificate = try Certificate(pemEncoded: pem)
        guard let key = Curve25519.Signing.PublicKey(certificate.publicKey) else {
            throw JWTCompatError.make(.unsupportedKey, "the certificate's key is not Ed25519")
        }
        return EdDSA.PublicKey(backing: key)
    }
}
