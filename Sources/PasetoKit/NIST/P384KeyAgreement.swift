internal import Crypto
internal import Foundation

/// P-384 Diffie-Hellman (swift-crypto `P384.KeyAgreement`), for PASERK `k3.seal`.
///
/// The shared secret is the 48-byte X coordinate of the shared point. swift-crypto returns it in a
/// `SharedSecret` (its own memory, wiped when freed), from which it is copied into ``SecretBytes``.
enum P384KeyAgreement {
    /// A fresh ephemeral key pair agreed with `recipient`, a 49-byte compressed point.
    ///
    /// - Parameter ephemeralScalar: A fixed ephemeral scalar, for tests only; random when `nil`.
    /// - Returns: The ephemeral public key (compressed) and the shared secret; `nil` when `recipient` is not
    ///   a point on the curve or `ephemeralScalar` is no valid scalar.
    static func agree(
        withRecipient recipient: [UInt8],
        ephemeralScalar: SecretBytes? = nil
    ) -> (ephemeralPublicKey: [UInt8], sharedSecret: SecretBytes)? {
        let ephemeral: P384.KeyAgreement.PrivateKey
        if let ephemeralScalar {
            guard
                let key = ephemeralScalar.withUnsafeBytes({ try? P384.KeyAgreement.PrivateKey(rawRepresentation: $0) })
            else { return nil }
            ephemeral = key
        } else {
            ephemeral = P384.KeyAgreement.PrivateKey(compactRepresentable: false)
        }
        guard let shared = sharedSecret(ephemeral, recipient) else { return nil }
        return (Array(ephemeral.publicKey.compressedRepresentation), shared)
    }

    /// The secret shared between the private key `scalar` (48 bytes) and `peer`, a 49-byte compressed point;
    /// `nil` when either is invalid.
    static func sharedSecret(scalar: SecretBytes, peer: [UInt8]) -> SecretBytes? {
        guard let key = scalar.withUnsafeBytes({ try? P384.KeyAgreement.PrivateKey(rawRepresentation: $0) })
        else { return nil }
        return sharedSecret(key, peer)
    }

    private static func sharedSecret(_ key: P384.KeyAgreement.PrivateKey, _ peer: [UInt8]) -> SecretBytes? {
        guard peer.count == P384ECDSA.compressedPublicKeyCount,
            let peerKey = try? P384.KeyAgreement.PublicKey(compressedRepresentation: peer),
            let shared = try? key.sharedSecretFromKeyAgreement(with: peerKey)
        else { return nil }
        return shared.withUnsafeBytes { SecretBytes(copying: $0) }
    }
}
