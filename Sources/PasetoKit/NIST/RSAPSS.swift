internal import Crypto
internal import CryptoExtras
internal import Foundation

/// An RSA private key in swift-crypto's (BoringSSL's) memory, ready to sign with RSASSA-PSS.
///
/// Only keys of exactly ``RSAPSS/bitCount`` bits with public exponent 65537 are accepted (the v1 spec's keys). swift-crypto
/// keeps its own copy of the key, which BoringSSL clears when it is freed; the PKCS#1 DER copy PasetoKit
/// serialises lives in ``SecretBytes``.
struct RSASigningKey: Sendable, CustomReflectable {
    private let key: _RSA.Signing.PrivateKey

    /// A mirror without children, so `dump` and debuggers show nothing of swift-crypto's key.
    var customMirror: Mirror { Mirror(self, children: [:]) }

    private init?(checking key: _RSA.Signing.PrivateKey) {
        guard RSAPSS.isAcceptable(key.publicKey) else { return nil }
        self.key = key
    }

    /// The key in PKCS#1 `RSAPrivateKey` DER (PKCS#8 is accepted too); `nil` when it does not parse, is
    /// not exactly 2048 bits or its exponent is not 65537.
    init?(der: UnsafeRawBufferPointer) {
        guard let key = try? _RSA.Signing.PrivateKey(derRepresentation: der) else { return nil }
        self.init(checking: key)
    }

    /// The key in PEM text (`BEGIN RSA PRIVATE KEY` or `BEGIN PRIVATE KEY`); `nil` as for ``init(der:)``.
    init?(pemRepresentation: String) {
        guard let key = try? _RSA.Signing.PrivateKey(pemRepresentation: pemRepresentation) else { return nil }
        self.init(checking: key)
    }

    /// A new 2048-bit key with exponent 65537, from BoringSSL.
    static func generate() -> RSASigningKey {
        do {
            let key = try _RSA.Signing.PrivateKey(keySize: .init(bitCount: RSAPSS.bitCount))
            guard let checked = RSASigningKey(checking: key) else { preconditionFailure("RSA exponent") }
            return checked
        } catch {
            preconditionFailure("RSA key generation failed: \(error)")
        }
    }

    /// A copy of the key in PKCS#1 DER, in wiped-on-free memory (swift-crypto's `Data` copy is wiped).
    var pkcs1DER: SecretBytes {
        var der = key.derRepresentation
        defer { der.withUnsafeMutableBytes { SecureZero.wipe($0) } }
        return der.withUnsafeBytes { SecretBytes(copying: $0) }
    }

    /// The public key as DER `SubjectPublicKeyInfo`.
    var publicKeyDER: [UInt8] {
        Array(key.publicKey.derRepresentation)
    }

    /// The modulus size in bytes, which is also the signature size.
    var modulusByteCount: Int {
        key.keySizeInBits / 8
    }

    /// The RSASSA-PSS signature of `message`: SHA-384, MGF1 with SHA-384, a 48-byte random salt.
    func sign(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        do {
            return Array(try key.signature(for: SHA384.hash(data: message), padding: .PSS).rawRepresentation)
        } catch {
            preconditionFailure("RSA-PSS signing failed: \(error)")
        }
    }
}

/// RSA public keys and RSASSA-PSS verification (SHA-384, MGF1-SHA-384, salt length 48) through swift-crypto.
enum RSAPSS {
    /// The one key size PasetoKit accepts: the PASETO v1 specification fixes 2048-bit RSA keys with
    /// exponent 65537, and a verifier must not accept a weaker (or a surprising) key from a key file.
    static let bitCount = 2048

    /// A public key given as DER (`SubjectPublicKeyInfo` or PKCS#1 `RSAPublicKey`), re-encoded as
    /// `SubjectPublicKeyInfo`; `nil` when it does not parse, is not 2048 bits or its exponent is not 65537.
    static func publicKeyDER(der: [UInt8]) -> [UInt8]? {
        guard let key = try? _RSA.Signing.PublicKey(derRepresentation: der), isAcceptable(key) else { return nil }
        return Array(key.derRepresentation)
    }

    /// A public key in PEM text (`BEGIN PUBLIC KEY` or `BEGIN RSA PUBLIC KEY`) as DER `SubjectPublicKeyInfo`;
    /// `nil` as for ``publicKeyDER(der:)``.
    static func publicKeyDER(pem: String) -> [UInt8]? {
        guard let key = try? _RSA.Signing.PublicKey(pemRepresentation: pem), isAcceptable(key) else { return nil }
        return Array(key.derRepresentation)
    }

    /// The modulus size in bytes of a public key in DER `SubjectPublicKeyInfo`.
    static func modulusByteCount(publicKeyDER der: [UInt8]) -> Int? {
        (try? _RSA.Signing.PublicKey(derRepresentation: der)).map { $0.keySizeInBits / 8 }
    }

    /// Whether `signature` is a valid RSASSA-PSS (SHA-384) signature of `message` under `publicKeyDER`.
    static func isValidSignature(
        _ signature: UnsafeRawBufferPointer,
        for message: UnsafeRawBufferPointer,
        publicKeyDER: [UInt8]
    ) -> Bool {
        guard let key = try? _RSA.Signing.PublicKey(derRepresentation: publicKeyDER),
            signature.count == key.keySizeInBits / 8
        else { return false }
        let parsed = _RSA.Signing.RSASignature(rawRepresentation: signature)
        return key.isValidSignature(parsed, for: SHA384.hash(data: message), padding: .PSS)
    }

    /// Exactly 2048 bits and the public exponent 65537.
    fileprivate static func isAcceptable(_ key: _RSA.Signing.PublicKey) -> Bool {
        guard key.keySizeInBits == bitCount, let primitives = try? key.getKeyPrimitives() else { return false }
        return Array(primitives.publicExponent.drop { $0 == 0 }) == [0x01, 0x00, 0x01]
    }
}
