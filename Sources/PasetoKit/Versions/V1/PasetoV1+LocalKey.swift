extension PasetoV1.Local {
    /// A 32-byte v1 symmetric key. It encrypts and decrypts `v1.local.` tokens and nothing else.
    ///
    /// It is stored, imported and exported exactly like ``PasetoV3/Local/Key``, whose documentation says more;
    /// the types stay distinct, so a v1 key never touches a v3 token.
    public struct Key: PasetoKey, PASERKSecretKey {
        /// Always ``PasetoVersion/v1``.
        public static let version = PasetoVersion.v1
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.local
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.local
        /// The key's PASERK primitives.
        package typealias Suite = NISTPASERKSuite
        /// The key size, 32 bytes.
        package static let exactSecretCount: Int? = 32

        package let secret: SecretBytes

        package init(validating secret: SecretBytes) throws {
            self.secret = try NISTKeyMaterial.validatedLocalKey(secret, version: Self.version)
        }

        /// A new random key from libsodium's CSPRNG.
        public static func generate() -> Key {
            Key(PasetoV3.Local.Key.generate())
        }

        /// The bytes of a new v3 key, rebound to v1 (both are 32 random bytes).
        private init(_ fresh: PasetoV3.Local.Key) {
            secret = fresh.secret
        }

        /// Imports a key from exactly 32 raw bytes; `invalid-key` for any other length.
        public init(rawBytes: [UInt8]) throws { try self.init(validating: SecretBytes(copying: rawBytes)) }

        /// Imports a key from `k1.local.…`; `key-mismatch` for another version or type, `invalid-key` when
        /// malformed.
        public init(paserk: String) throws { try self.init(importingPASERK: paserk) }

        /// `k1.local.…`: the key itself, in text. Store it as a secret.
        public func exportPASERK() -> String { paserkEncoding }

        /// The raw 32 key bytes, in ordinary memory that is not wiped; prefer ``exportPASERK()``.
        public func unsafeExportRawBytes() -> [UInt8] { copyRawBytes() }
    }
}
