extension PasetoV2.Public {
    /// A v2 Ed25519 secret key (64 bytes: seed ‖ public key). It signs `v2.public.` tokens and nothing else.
    public struct SecretKey: PasetoKey, SodiumSecretKey {
        /// Always ``PasetoVersion/v2``.
        public static let version = PasetoVersion.v2
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.public
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.secret
        /// The key size, 64 bytes.
        package static let secretCount = Ed25519.secretKeyCount

        package let secret: SecretBytes
        /// The matching public key, for verifying.
        public let publicKey: PublicKey

        /// Checks the length and that the embedded public half is the one the seed derives (constant time).
        package init(validating secret: SecretBytes) throws {
            let publicKey = try SodiumKeyMaterial.validatedPublicKey(of: secret, version: Self.version)
            self.init(validated: secret, publicKey: publicKey)
        }

        private init(validated secret: SecretBytes, publicKey: [UInt8]) {
            self.secret = secret
            self.publicKey = PublicKey(validated: publicKey)
        }

        /// A new random key pair from libsodium's CSPRNG.
        public static func generate() -> SecretKey {
            let pair = Ed25519.generateKeyPair()
            return SecretKey(validated: pair.secretKey, publicKey: pair.publicKey)
        }

        /// Derives the key pair from a 32-byte seed.
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for any other length.
        public init(seed: [UInt8]) throws {
            let pair = try SodiumKeyMaterial.keyPair(seed: seed)
            self.init(validated: pair.secretKey, publicKey: pair.publicKey)
        }

        /// Imports a key from exactly 64 raw bytes (seed ‖ public key).
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for another length or a public half that does not match.
        public init(rawBytes: [UInt8]) throws {
            try self.init(validating: SecretBytes(copying: rawBytes))
        }

        /// Imports a key from `k2.secret.<base64url of 64 bytes>`.
        ///
        /// - Throws: ``PasetoError`` `key-mismatch` for another version or type, `invalid-key` when malformed.
        public init(paserk: String) throws {
            try self.init(importingPASERK: paserk)
        }

        /// `k2.secret.…`: the key itself, in text. Store it as a secret.
        public func exportPASERK() -> String {
            paserkEncoding
        }

        /// The raw 64 key bytes (seed ‖ public key).
        ///
        /// - Important: The returned array is ordinary memory that is not wiped; prefer ``exportPASERK()``.
        public func unsafeExportRawBytes() -> [UInt8] {
            copyRawBytes()
        }
    }

    /// A v2 Ed25519 public key (32 bytes). It verifies `v2.public.` tokens and nothing else.
    public struct PublicKey: PasetoKey, Hashable {
        /// Always ``PasetoVersion/v2``.
        public static let version = PasetoVersion.v2
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.public
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.public

        /// The 32 public key bytes (not secret).
        public let rawBytes: [UInt8]

        fileprivate init(validated rawBytes: [UInt8]) {
            self.rawBytes = rawBytes
        }

        /// Imports a key from exactly 32 raw bytes.
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for any other length.
        public init(rawBytes: [UInt8]) throws {
            self.rawBytes = try SodiumKeyMaterial.validatedPublicKey(rawBytes, version: Self.version)
        }

        /// Imports a key from `k2.public.<base64url of 32 bytes>`.
        ///
        /// - Throws: ``PasetoError`` `key-mismatch` for another version or type, `invalid-key` when malformed.
        public init(paserk: String) throws {
            try self.init(rawBytes: Self.paserkHeader.publicData(of: paserk))
        }

        /// `k2.public.…`; safe to publish.
        public func exportPASERK() -> String {
            rawBytes.withUnsafeBytes { Self.paserkHeader.paserk(encoding: $0) }
        }
    }
}
