/// The primitives one family of PASERK versions wraps keys with: libsodium's for k2 and k4
/// (``SodiumPASERKSuite``), swift-crypto's NIST ones for k1 and k3 (``NISTPASERKSuite``).
///
/// `seal`, `local-wrap.pie`/`secret-wrap.pie` and `local-pw`/`secret-pw` have the same shape in every version:
/// derive an encryption key, a stream nonce and an authentication key, encrypt the key bytes with a stream
/// cipher, authenticate `h ‖ …` (plain concatenation, not PAE) and check that tag in constant time before
/// decrypting. ``PASERKSeal``, ``PASERKWrap`` and ``PASERKPasswordWrap`` implement that shape once; each key
/// type names its family's suite (``PASERKSecretKey/Suite``).
package protocol PASERKCipherSuite {
    /// The size of every tag: 32 (BLAKE2b-256) or 48 (HMAC-SHA-384).
    static var tagCount: Int { get }

    /// XORs `input` with the key stream of (`key`, `nonce`) into `output` (XChaCha20 or AES-256-CTR).
    static func xor(
        _ input: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer,
        nonce: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer
    )

    /// Writes the ``tagCount``-byte tag of the parts `feed` passes on, under `key`, into `tag` (keyed
    /// BLAKE2b-256 or HMAC-SHA-384).
    static func authenticate(
        into tag: UnsafeMutableRawBufferPointer,
        key: UnsafeRawBufferPointer,
        _ feed: (_ update: (UnsafeRawBufferPointer) -> Void) -> Void
    )

    /// The `pie` subkeys of the wrapping key `wk` and nonce `n`, in stack memory wiped afterwards.
    static func withPIESubkeys<R>(
        wrappingKey: SecretBytes,
        nonce: UnsafeRawBufferPointer,
        _ body: (
            _ encryptionKey: UnsafeRawBufferPointer, _ streamNonce: UnsafeRawBufferPointer,
            _ authenticationKey: UnsafeRawBufferPointer
        ) throws -> R
    ) rethrows -> R

    /// The `seal` subkeys of the shared secret `xk`, the ephemeral public key and the recipient's public key,
    /// in stack memory wiped afterwards.
    static func withSealSubkeys<R>(
        header: [UInt8],
        sharedSecret: SecretBytes,
        ephemeralPublicKey: [UInt8],
        recipientPublicKey: [UInt8],
        _ body: (
            _ encryptionKey: UnsafeRawBufferPointer, _ nonce: UnsafeRawBufferPointer,
            _ authenticationKey: UnsafeRawBufferPointer
        ) throws -> R
    ) rethrows -> R

    /// The cost of the password key derivation: ``Argon2idParameters`` or ``PBKDF2Parameters``.
    associatedtype PasswordParameters: PASERKPasswordCost

    /// The size of the random salt of a password-wrapped key.
    static var passwordSaltCount: Int { get }
    /// The size of the encoded ``PasswordParameters``.
    static var passwordParametersCount: Int { get }
    /// The size of the random stream nonce of a password-wrapped key.
    static var passwordNonceCount: Int { get }

    /// The parameters as the PASERK records them (big-endian integers).
    static func encode(_ parameters: PasswordParameters) -> [UInt8]

    /// The parameters a PASERK records.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` for parameters this family cannot run.
    static func decodePasswordParameters(_ bytes: ArraySlice<UInt8>) throws -> PasswordParameters

    /// Of the parameters of both families, the ones this family uses (for ``AnyPasetoKey``).
    static func select(argon2id: Argon2idParameters, pbkdf2: PBKDF2Parameters) -> PasswordParameters

    /// `k = KDF(password, salt, parameters)`, 32 bytes.
    ///
    /// - Throws: ``PasetoError`` `key-derivation-failed`.
    static func derivePasswordKey(
        password: PASERKPassword,
        salt: UnsafeRawBufferPointer,
        parameters: PasswordParameters
    ) throws -> SecretBytes

    /// The encryption and authentication keys of the password-derived key `k`, wiped afterwards.
    static func withPasswordSubkeys<R>(
        _ derived: SecretBytes,
        _ body: (_ encryptionKey: UnsafeRawBufferPointer, _ authenticationKey: UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R
}

/// The cost parameters of a password key derivation, which unwrapping compares with a ceiling.
package protocol PASERKPasswordCost: Sendable, CustomStringConvertible {
    /// Whether these parameters cost no more than `ceiling`.
    func isWithin(_ ceiling: Self) -> Bool
}

extension Argon2idParameters: PASERKPasswordCost {}

extension PBKDF2Parameters: PASERKPasswordCost {}

extension PASERKCipherSuite {
    /// Writes the tag of `header ‖ body` under `key` into `tag`.
    static func authenticate(
        into tag: UnsafeMutableRawBufferPointer,
        key: UnsafeRawBufferPointer,
        header: String,
        body: UnsafeRawBufferPointer
    ) {
        authenticate(into: tag, key: key) { update in
            Array(header.utf8).withUnsafeBytes(update)
            update(body)
        }
    }

    /// Whether `tag` is the tag of `header ‖ body` under `key`, compared in constant time.
    static func isValidTag(
        _ tag: UnsafeRawBufferPointer,
        key: UnsafeRawBufferPointer,
        header: String,
        body: UnsafeRawBufferPointer
    ) -> Bool {
        withUnsafeTemporaryAllocation(byteCount: tagCount, alignment: 1) { expected in
            authenticate(into: expected, key: key, header: header, body: body)
            return ConstantTime.equals(UnsafeRawBufferPointer(expected), tag)
        }
    }

    /// Derives an encryption key, a nonce and an authentication key into a stack buffer of `byteCount` bytes
    /// that is wiped before returning: `derive` fills it, `body` gets the three ranges of `layout`.
    static func withSubkeys<R>(
        byteCount: Int,
        layout: (encryptionKey: Range<Int>, nonce: Range<Int>, authenticationKey: Range<Int>),
        derive: (UnsafeMutableRawBufferPointer) -> Void,
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try withWipedBuffer(byteCount: byteCount, derive: derive) { subkeys in
            try body(
                UnsafeRawBufferPointer(rebasing: subkeys[layout.encryptionKey]),
                UnsafeRawBufferPointer(rebasing: subkeys[layout.nonce]),
                UnsafeRawBufferPointer(rebasing: subkeys[layout.authenticationKey])
            )
        }
    }

    /// Derives subkeys into a stack buffer of `byteCount` bytes that is wiped before returning: `derive`
    /// fills it, `body` reads it.
    static func withWipedBuffer<R>(
        byteCount: Int,
        derive: (UnsafeMutableRawBufferPointer) -> Void,
        _ body: (UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try withUnsafeTemporaryAllocation(byteCount: byteCount, alignment: 16) { buffer in
            defer { SecureZero.wipe(buffer) }
            derive(buffer)
            return try body(UnsafeRawBufferPointer(buffer))
        }
    }
}
