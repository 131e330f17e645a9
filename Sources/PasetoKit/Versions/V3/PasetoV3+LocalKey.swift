extension PasetoV3.Local {
    /// A 32-byte v3 symmetric key. It encrypts and decrypts `v3.local.` tokens and nothing else.
    ///
    /// The bytes live in memory that is wiped when the last copy of the key goes away (swift-crypto receives
    /// short-lived copies in its own `SymmetricKey`, which it wipes too); the description shows only the
    /// key's PASERK id.
    public struct Key: PasetoKey, PASERKSecretKey {
        /// Always ``PasetoVersion/v3``.
        public static let version = PasetoVersion.v3
        /// The purpose of the tokens this key works with.
        public static let purpose = PasetoPurpose.local
        /// The PASERK type this key serialises to.
        public static let paserkType = PASERKType.local
        /// The key's PASERK primitives.
        package typealias Suite = NISTPASERKSuite
        /// The key size, 32 bytes.
        package static let exactSecretCount: Int? = PasetoV3.localKeyCount

        package let secret: SecretBytes

        package init(validating secret: SecretBytes) throws {
            self.secret = try NISTKeyMaterial.validatedLocalKey(secret, version: Self.version)
        }

        /// A new random key from libsodium's CSPRNG.
        public static func generate() -> Key {
            // A fresh 32-byte buffer always passes the length check.
            guard let key = try? Key(validating: SecretBytes(randomCount: PasetoV3.localKeyCount)) else {
                preconditionFailure("a 32-byte v3 key")
            }
            return key
        }

        /// Imports a key from exactly 32 raw bytes; `invalid-key` for any other length.
        public init(rawBytes: [UInt8]) throws { try self.init(validating: SecretBytes(copying: rawBytes)) }

        /// Imports a key from `k3.local.<base64url of 32 bytes>`; `key-mismatch` for another version or type,
        /// `invalid-key` when malformed.
        public init(paserk: String) throws { try self.init(importingPASERK: paserk) }

        /// `k3.local.…`: the key itself, in text. Store it as a secret.
        public func exportPASERK() -> String { paserkEncoding }

        /// The raw 32 key bytes, in ordinary memory that is not wiped; prefer ``exportPASERK()``.
        public func unsafeExportRawBytes() -> [UInt8] { copyRawBytes() }
    }
}
