internal import Crypto
internal import Foundation

/// A P-384 private key in swift-crypto's (BoringSSL's) memory, ready to sign.
///
/// swift-crypto keeps its own copy of the scalar, which BoringSSL clears when the key is freed; the copy
/// PasetoKit exports and serialises lives in ``SecretBytes``.
struct P384SigningKey: Sendable, CustomReflectable {
    private let key: P384.Signing.PrivateKey

    /// A mirror without children, so `dump` and debuggers show nothing of swift-crypto's key.
    var customMirror: Mirror { Mirror(self, children: [:]) }

    private init(key: P384.Signing.PrivateKey) {
        self.key = key
    }

    /// The key whose scalar is the 48 big-endian bytes `scalar`; `nil` for another length or a scalar that is
    /// 0 or not below the group order.
    init?(scalar: UnsafeRawBufferPointer) {
        guard scalar.count == P384ECDSA.scalarCount,
            let key = try? P384.Signing.PrivateKey(rawRepresentation: scalar)
        else { return nil }
        self.init(key: key)
    }

    /// The key in PEM text (`BEGIN EC PRIVATE KEY` or `BEGIN PRIVATE KEY`); `nil` when it is no P-384 key.
    init?(pemRepresentation: String) {
        guard let key = try? P384.Signing.PrivateKey(pemRepresentation: pemRepresentation) else { return nil }
        self.init(key: key)
    }

    /// A new random key from BoringSSL's generator.
    static func generate() -> P384SigningKey {
        P384SigningKey(key: P384.Signing.PrivateKey(compactRepresentable: false))
    }

    /// A copy of the 48-byte scalar in wiped-on-free memory (swift-crypto's `Data` copy is wiped).
    var scalar: SecretBytes {
        var raw = key.rawRepresentation
        defer { raw.withUnsafeMutableBytes { SecureZero.wipe($0) } }
        return raw.withUnsafeBytes { SecretBytes(copying: $0) }
    }

    /// The public key as a 49-byte SEC1 compressed point.
    var compressedPublicKey: [UInt8] {
        Array(key.publicKey.compressedRepresentation)
    }

    /// The ECDSA-P384-SHA384 signature of `message` as raw `r ‖ s` (96 bytes). The nonce is BoringSSL's
    /// (random and hedged, not RFC 6979), which the specification allows; verify, never compare, signatures.
    func sign(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        do {
            return Array(try key.signature(for: message).rawRepresentation)
        } catch {
            preconditionFailure("P-384 signing failed: \(error)")
        }
    }
}

/// P-384 public keys and ECDSA-P384-SHA384 verification through swift-crypto.
enum P384ECDSA {
    /// The size of a private scalar.
    static let scalarCount = 48
    /// The size of a SEC1 compressed point.
    static let compressedPublicKeyCount = 49
    /// The size of a raw `r ‖ s` signature.
    static let signatureCount = 96

    /// The compressed form of a public key given as a compressed (49 bytes) or uncompressed (97 bytes) SEC1
    /// point; `nil` unless the point is on the curve (swift-crypto checks it while decoding).
    static func compressedPublicKey(sec1 bytes: [UInt8]) -> [UInt8]? {
        let key: P384.Signing.PublicKey? =
            switch bytes.count {
            case compressedPublicKeyCount: try? P384.Signing.PublicKey(compressedRepresentation: bytes)
            case 97: try? P384.Signing.PublicKey(x963Representation: bytes)
            default: nil
            }
        return key.map { Array($0.compressedRepresentation) }
    }

    /// The compressed form of a public key in PEM text (`BEGIN PUBLIC KEY`); `nil` unless it is a P-384 point
    /// on the curve.
    static func compressedPublicKey(pem: String) -> [UInt8]? {
        (try? P384.Signing.PublicKey(pemRepresentation: pem)).map { Array($0.compressedRepresentation) }
    }

    /// Whether `signature` (raw `r ‖ s`) is a valid signature of `message` under the compressed public key.
    static func isValidSignature(
        _ signature: UnsafeRawBufferPointer,
        for message: UnsafeRawBufferPointer,
        compressedPublicKey: [UInt8]
    ) -> Bool {
        guard signature.count == signatureCount,
            let key = try? P384.Signing.PublicKey(compressedRepresentation: compressedPublicKey),
            let parsed = try? P384.Signing.ECDSASignature(rawRepresentation: signature)
        else { return false }
        return key.isValidSignature(parsed, for: message)
    }
}
