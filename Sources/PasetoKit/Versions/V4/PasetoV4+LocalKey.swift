extension PasetoV4.Local {
    /// A 32-byte v4 symmetric key. It encrypts and decrypts `v4.local.` tokens and nothing else.
    ///
    /// The bytes live in memory that is wiped when the last copy of the key goes away; the description shows
    /// only the key's PASERK id.
    public struct Key: PasetoKey, SodiumSecretKey {
        /// Always ``PasetoVersion/v4``.
        public static let version = PasetoVersion.v4
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.local
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.local
        /// The key size, 32 bytes.
        package static let secretCount = PasetoV4.localKeyCount

        package let secret: SecretBytes

        package init(validating secret: SecretBytes) throws {
            self.secret = try SodiumKeyMaterial.validatedLocalKey(secret, version: Self.version)
        }

        private init(validated secret: SecretBytes) {
            self.secret = secret
        }

        /// A new random key from libsodium's CSPRNG.
        public static func generate() -> Key {
            Key(validated: SecretBytes(randomCount: PasetoV4.localKeyCount))
        }

        /// Imports a key from exactly 32 raw bytes.
        ///
        /// - Throws: ``PasetoError`` `invalid-key` for any other length.
        public init(rawBytes: [UInt8]) throws {
            try self.init(validating: SecretBytes(copying: rawBytes))
        }

        /// Imports a key from `k4.local.<base64url of 32 bytes>`.
        ///
        /// - Throws: ``PasetoError`` `key-mismatch` for another version or type, `invalid-key` when malformed.
        public init(paserk: String) throws {
            try self.init(importingPASERK: paserk)
        }

        /// `k4.local.…`: the key itself, in text. Store it as a secret.
        public func exportPASERK() -> String {
            paserkEncoding
        }

        /// The raw 32 key bytes.
        ///
        /// - Important: The returned array is ordinary memory that is not wiped; prefer ``exportPASERK()``
        ///   or keep the key in this type.
        public func unsafeExportRawBytes() -> [UInt8] {
            copyRawBytes()
        }
    }
}
