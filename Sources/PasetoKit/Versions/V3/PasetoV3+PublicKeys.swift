extension PasetoV3.Public {
    /// A v3 P-384 secret key: a 48-byte scalar. It signs `v3.public.` tokens and nothing else.
    ///
    /// The scalar lives in memory that is wiped when the last copy of the key goes away; swift-crypto holds
    /// its own copy for signing, which BoringSSL clears when it is freed.
    public struct SecretKey: PasetoKey, PASERKSecretKey {
        /// Always ``PasetoVersion/v3``.
        public static let version = PasetoVersion.v3
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.public
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.secret
        /// The key's PASERK primitives.
        package typealias Suite = NISTPASERKSuite
        /// The key size, 48 bytes.
        package static let exactSecretCount: Int? = P384ECDSA.scalarCount

        package let secret: SecretBytes
        let signingKey: P384SigningKey
        /// The matching public key, for verifying.
        public let publicKey: PublicKey

        private init(_ signingKey: P384SigningKey) {
            self.secret = signingKey.scalar
            self.signingKey = signingKey
            self.publicKey = PublicKey(validated: signingKey.compressedPublicKey)
        }

        /// Checks that `secret` is a 48-byte scalar between 1 and the group order.
        package init(validating secret: SecretBytes) throws {
            guard let signingKey = secret.withUnsafeBytes({ P384SigningKey(scalar: $0) }) else {
                throw PasetoError.make(
                    .invalidKey,
                    "a v3 secret key is a 48-byte P-384 scalar between 1 and the group order (\(secret.count) bytes given)"
                )
            }
            self.init(signingKey)
        }

        /// A new random key pair.
        public static func generate() -> SecretKey {
            SecretKey(P384SigningKey.generate())
        }

        /// Imports a key from its 48-byte big-endian scalar; `invalid-key` for another length or a scalar
        /// outside 1 … n − 1.
        public init(rawBytes: [UInt8]) throws { try self.init(validating: SecretBytes(copying: rawBytes)) }

        /// Imports a key from PEM text: `BEGIN EC PRIVATE KEY` (SEC 1) or `BEGIN PRIVATE KEY` (PKCS #8).
        ///
        /// - Throws: ``PasetoError`` `invalid-key` when the text is no P-384 private key.
        public init(pemRepresentation: String) throws {
            guard let signingKey = P384SigningKey(pemRepresentation: pemRepresentation) else {
                throw PasetoError.make(.invalidKey, "the PEM text is not a P-384 private key")
            }
            self.init(signingKey)
        }

        /// Imports a key from `k3.secret.<base64url of the 48-byte scalar>`; `key-mismatch` for another version
        /// or type, `invalid-key` when malformed.
        public init(paserk: String) throws { try self.init(importingPASERK: paserk) }

        /// `k3.secret.…`: the key itself, in text. Store it as a secret.
        public func exportPASERK() -> String { paserkEncoding }

        /// The 48-byte scalar, in ordinary memory that is not wiped; prefer ``exportPASERK()``.
        public func unsafeExportRawBytes() -> [UInt8] { copyRawBytes() }
    }

    /// A v3 P-384 public key, kept as its 49-byte SEC 1 compressed point. It verifies `v3.public.` tokens and
    /// nothing else.
    ///
    /// Every initialiser checks that the point is on the curve before accepting it.
    public struct PublicKey: PasetoKey, Hashable {
        /// Always ``PasetoVersion/v3``.
        public static let version = PasetoVersion.v3
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.public
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.public

        /// The 49-byte compressed point (`0x02`/`0x03` ‖ X), as the PASERK and the signature's PAE hold it.
        public let rawBytes: [UInt8]

        fileprivate init(validated rawBytes: [UInt8]) {
            self.rawBytes = rawBytes
        }

        /// Imports a key from a SEC 1 point: compressed (49 bytes) or uncompressed (97 bytes, `0x04 ‖ X ‖ Y`).
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for another length or a point not on the curve.
        public init(rawBytes: [UInt8]) throws {
            guard let compressed = P384ECDSA.compressedPublicKey(sec1: rawBytes) else {
                throw PasetoError.make(
                    .invalidKey,
                    "a v3 public key is a P-384 point on the curve, 49 bytes compressed or 97 uncompressed "
                        + "(\(rawBytes.count) bytes given)"
                )
            }
            self.rawBytes = compressed
        }

        /// Imports a key from PEM text (`BEGIN PUBLIC KEY`).
        ///
        /// - Throws: ``PasetoError`` `invalid-key` when the text is no P-384 point on the curve.
        public init(pemRepresentation: String) throws {
            guard let compressed = P384ECDSA.compressedPublicKey(pem: pemRepresentation) else {
                throw PasetoError.make(.invalidKey, "the PEM text is not a P-384 public key")
            }
            self.rawBytes = compressed
        }

        /// Imports a key from `k3.public.<base64url of the 49-byte compressed point>`.
        ///
        /// - Throws: ``PasetoError`` `key-mismatch` for another version or type, `invalid-key` when malformed
        ///   or not a point on the curve.
        public init(paserk: String) throws {
            let bytes = try Self.paserkHeader.publicData(of: paserk)
            guard bytes.count == P384ECDSA.compressedPublicKeyCount else {
                throw PasetoError.make(.invalidKey, "a k3.public PASERK holds a 49-byte compressed point")
            }
            try self.init(rawBytes: bytes)
        }

        /// `k3.public.…`; safe to publish.
        public func exportPASERK() -> String { rawBytes.withUnsafeBytes { Self.paserkHeader.paserk(encoding: $0) } }
    }
}
