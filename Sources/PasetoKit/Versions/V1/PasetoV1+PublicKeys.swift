extension PasetoV1.Public {
    /// A v1 RSA secret key (exactly 2048 bits, public exponent 65537). It signs `v1.public.` tokens and
    /// nothing else.
    ///
    /// It is kept as PKCS#1 `RSAPrivateKey` DER (what a `k1.secret` PASERK holds) in memory that is wiped when
    /// the last copy of the key goes away; swift-crypto holds its own copy for signing, which BoringSSL clears
    /// when it is freed.
    public struct SecretKey: PasetoKey, PASERKSecretKey {
        /// Always ``PasetoVersion/v1``.
        public static let version = PasetoVersion.v1
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.public
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.secret
        /// The key's PASERK primitives.
        package typealias Suite = NISTPASERKSuite
        /// PKCS#1 DER has no fixed length.
        package static let exactSecretCount: Int? = nil
        /// The PEM label of PKCS#1 private keys.
        private static let pemLabel = "RSA PRIVATE KEY"

        package let secret: SecretBytes
        let signingKey: RSASigningKey
        /// The matching public key, for verifying.
        public let publicKey: PublicKey

        private init(_ signingKey: RSASigningKey) {
            self.secret = signingKey.pkcs1DER
            self.signingKey = signingKey
            self.publicKey = PublicKey(validated: signingKey.publicKeyDER)
        }

        /// Checks that `secret` is a PKCS#1 DER RSA key of exactly 2048 bits with exponent 65537, encoded
        /// canonically (so that its PASERK and id are stable).
        package init(validating secret: SecretBytes) throws {
            guard let signingKey = secret.withUnsafeBytes({ RSASigningKey(der: $0) }),
                signingKey.pkcs1DER.constantTimeEquals(secret)
            else {
                throw PasetoError.make(
                    .invalidKey,
                    "a v1 secret key is a PKCS#1 DER RSA key of exactly 2048 bits with exponent 65537"
                )
            }
            self.init(signingKey)
        }

        /// The PEM text of the key: a `k1.secret-pw` PASERK wraps that, as the official vectors do (while
        /// `k1.secret-wrap.pie` wraps the DER).
        package var passwordWrappedSecret: SecretBytes {
            PEMBase64.armour(secret, label: Self.pemLabel)
        }

        /// Reads the PEM text a `k1.secret-pw` PASERK decrypted to.
        package init(validatingPasswordWrapped secret: SecretBytes) throws {
            guard let der = PEMBase64.dearmour(secret, label: Self.pemLabel) else {
                throw PasetoError.make(.invalidKey, "a k1.secret-pw PASERK holds the PEM text of a PKCS#1 RSA key")
            }
            try self.init(validating: der)
        }

        /// A new random 2048-bit key pair with exponent 65537 (this takes a moment).
        public static func generate() -> SecretKey {
            SecretKey(RSASigningKey.generate())
        }

        /// Imports a key from DER: PKCS#1 `RSAPrivateKey` or PKCS#8.
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for anything else, for keys of any size but 2048 bits and
        ///   for exponents other than 65537.
        public init(derRepresentation: [UInt8]) throws {
            guard let signingKey = derRepresentation.withUnsafeBytes({ RSASigningKey(der: $0) }) else {
                throw PasetoError.make(
                    .invalidKey,
                    "the DER is not an RSA key of exactly 2048 bits with exponent 65537"
                )
            }
            self.init(signingKey)
        }

        /// Imports a key from PEM text: `BEGIN RSA PRIVATE KEY` (PKCS#1) or `BEGIN PRIVATE KEY` (PKCS#8).
        ///
        /// - Throws: ``PasetoError`` `invalid-key` as ``init(derRepresentation:)``.
        public init(pemRepresentation: String) throws {
            guard let signingKey = RSASigningKey(pemRepresentation: pemRepresentation) else {
                throw PasetoError.make(
                    .invalidKey,
                    "the PEM text is not an RSA key of exactly 2048 bits with exponent 65537"
                )
            }
            self.init(signingKey)
        }

        /// Imports a key from `k1.secret.<base64url of the PKCS#1 DER>`; `key-mismatch` for another version or
        /// type, `invalid-key` when malformed.
        public init(paserk: String) throws { try self.init(importingPASERK: paserk) }

        /// `k1.secret.…`: the key itself, in text. Store it as a secret.
        public func exportPASERK() -> String { paserkEncoding }

        /// The key as PKCS#1 DER, in ordinary memory that is not wiped; prefer ``exportPASERK()``.
        public func unsafeExportRawBytes() -> [UInt8] { copyRawBytes() }
    }

    /// A v1 RSA public key (exactly 2048 bits, exponent 65537), kept as DER `SubjectPublicKeyInfo`. It
    /// verifies `v1.public.` tokens and nothing else.
    public struct PublicKey: PasetoKey, Hashable {
        /// Always ``PasetoVersion/v1``.
        public static let version = PasetoVersion.v1
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.public
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.public

        /// The key as DER `SubjectPublicKeyInfo`, as a `k1.public` PASERK holds it (not secret).
        public let rawBytes: [UInt8]

        fileprivate init(validated rawBytes: [UInt8]) {
            self.rawBytes = rawBytes
        }

        /// Imports a key from DER: `SubjectPublicKeyInfo` or PKCS#1 `RSAPublicKey`.
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for anything else, for keys of any size but 2048 bits and
        ///   for exponents other than 65537.
        public init(derRepresentation: [UInt8]) throws {
            guard let spki = RSAPSS.publicKeyDER(der: derRepresentation) else { throw Self.invalid() }
            self.rawBytes = spki
        }

        /// Imports a key from PEM text: `BEGIN PUBLIC KEY` or `BEGIN RSA PUBLIC KEY`.
        ///
        /// - Throws: ``PasetoError`` `invalid-key` as ``init(derRepresentation:)``.
        public init(pemRepresentation: String) throws {
            guard let spki = RSAPSS.publicKeyDER(pem: pemRepresentation) else { throw Self.invalid() }
            self.rawBytes = spki
        }

        /// Imports a key from `k1.public.<base64url of the SubjectPublicKeyInfo DER>`.
        ///
        /// - Throws: ``PasetoError`` `key-mismatch` for another version or type, `invalid-key` when malformed.
        public init(paserk: String) throws {
            let der = try Self.paserkHeader.publicData(of: paserk)
            guard RSAPSS.publicKeyDER(der: der) == der else { throw Self.invalid() }
            self.rawBytes = der
        }

        /// `k1.public.…`; safe to publish.
        public func exportPASERK() -> String { rawBytes.withUnsafeBytes { Self.paserkHeader.paserk(encoding: $0) } }

        /// The size of this key's signatures: its modulus in bytes.
        var signatureCount: Int {
            RSAPSS.modulusByteCount(publicKeyDER: rawBytes) ?? 0
        }

        private static func invalid() -> PasetoError {
            PasetoError.make(.invalidKey, "a v1 public key is an RSA key of exactly 2048 bits with exponent 65537")
        }
    }
}
