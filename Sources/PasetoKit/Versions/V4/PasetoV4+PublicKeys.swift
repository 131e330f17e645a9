extension PasetoV4.Public {
    /// A v4 Ed25519 secret key (64 bytes: seed ‖ public key). It signs `v4.public.` tokens and nothing else.
    public struct SecretKey: PasetoKey {
        /// Always ``PasetoVersion/v4``.
        public static let version = PasetoVersion.v4
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.public
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.secret

        package let secret: SecretBytes
        /// The matching public key, for verifying.
        public let publicKey: PublicKey

        /// Checks the length and that the embedded public half is the one the seed derives (constant time).
        private init(secret: SecretBytes) throws {
            guard secret.count == Ed25519.secretKeyCount else {
                throw PasetoError.make(.invalidKey, "a v4 secret key is 64 bytes, not \(secret.count)")
            }
            let derived = secret.withUnsafeBytes { Ed25519.keyPair(seed: UnsafeRawBufferPointer(rebasing: $0[..<32])) }
            guard derived.secretKey.constantTimeEquals(secret) else {
                throw PasetoError.make(.invalidKey, "the public half of the v4 secret key does not match its seed")
            }
            self.secret = secret
            self.publicKey = PublicKey(validated: derived.publicKey)
        }

        /// A new random key pair from libsodium's CSPRNG.
        public static func generate() -> SecretKey {
            let pair = Ed25519.generateKeyPair()
            return SecretKey(validated: pair.secretKey, publicKey: pair.publicKey)
        }

        private init(validated secret: SecretBytes, publicKey: [UInt8]) {
            self.secret = secret
            self.publicKey = PublicKey(validated: publicKey)
        }

        /// Derives the key pair from a 32-byte seed.
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for any other length.
        public init(seed: [UInt8]) throws {
            guard seed.count == Ed25519.seedCount else {
                throw PasetoError.make(.invalidKey, "an Ed25519 seed is 32 bytes, not \(seed.count)")
            }
            let seedBytes = SecretBytes(copying: seed)
            let pair = seedBytes.withUnsafeBytes { Ed25519.keyPair(seed: $0) }
            self.init(validated: pair.secretKey, publicKey: pair.publicKey)
        }

        /// Imports a key from exactly 64 raw bytes (seed ‖ public key).
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for another length or a public half that does not match.
        public init(rawBytes: [UInt8]) throws {
            try self.init(secret: SecretBytes(copying: rawBytes))
        }

        /// Imports a key from `k4.secret.<base64url of 64 bytes>`.
        ///
        /// - Throws: ``PasetoError`` `key-mismatch` for another version or type, `invalid-key` when malformed.
        public init(paserk: String) throws {
            let data = try Self.paserkHeader.data(of: paserk)
            guard let secret = Base64URL.decodeSecret(data) else {
                throw PasetoError.make(.invalidKey, "the PASERK data is not strict unpadded base64url")
            }
            try self.init(secret: secret)
        }

        /// `k4.secret.…`: the key itself, in text. Store it as a secret.
        public func exportPASERK() -> String {
            Self.paserkHeader.description + secret.withUnsafeBytes { Base64URL.encode($0) }
        }

        /// The raw 64 key bytes (seed ‖ public key).
        ///
        /// - Important: The returned array is ordinary memory that is not wiped; prefer ``exportPASERK()``.
        public func unsafeExportRawBytes() -> [UInt8] {
            secret.withUnsafeBytes { Array($0) }
        }
    }

    /// A v4 Ed25519 public key (32 bytes). It verifies `v4.public.` tokens and nothing else.
    public struct PublicKey: PasetoKey, Hashable {
        /// Always ``PasetoVersion/v4``.
        public static let version = PasetoVersion.v4
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
            guard rawBytes.count == Ed25519.publicKeyCount else {
                throw PasetoError.make(.invalidKey, "a v4 public key is 32 bytes, not \(rawBytes.count)")
            }
            self.rawBytes = rawBytes
        }

        /// Imports a key from `k4.public.<base64url of 32 bytes>`.
        ///
        /// - Throws: ``PasetoError`` `key-mismatch` for another version or type, `invalid-key` when malformed.
        public init(paserk: String) throws {
            let data = try Self.paserkHeader.data(of: paserk)
            guard let bytes = Base64URL.decode(data) else {
                throw PasetoError.make(.invalidKey, "the PASERK data is not strict unpadded base64url")
            }
            try self.init(rawBytes: bytes)
        }

        /// `k4.public.…`; safe to publish.
        public func exportPASERK() -> String {
            Self.paserkHeader.description + Base64URL.encode(rawBytes)
        }
    }
}
