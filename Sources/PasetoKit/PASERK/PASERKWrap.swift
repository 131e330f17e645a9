/// PASERK `local-wrap.pie` and `secret-wrap.pie` for k2 and k4: a key encrypted under a local wrapping key
/// of the same version (the `pie` protocol).
///
/// With `h = kN.local-wrap.pie.` (or `secret-wrap`), a random 32-byte `n` and the wrapping key `wk`:
/// `Ek ‖ n2 = BLAKE2b-448(wk, 0x80 ‖ n)`, `Ak = BLAKE2b-256(wk, 0x81 ‖ n)`, `c = XChaCha20(Ek, n2, key)`,
/// `t = BLAKE2b-256(Ak, h ‖ n ‖ c)` (plain concatenation, not PAE); the PASERK is `h ‖ base64url(t ‖ n ‖ c)`.
/// Unwrapping checks `t` in constant time before it decrypts.
package enum PASERKWrap {
    /// The only wrap protocol implemented: Platform-Independent Encryption.
    package static let protocolName = "pie"
    package static let tagCount = PASERKTag.count
    package static let nonceCount = 32
    private static let encryptionInfo: [UInt8] = [0x80]
    private static let authenticationInfo: [UInt8] = [0x81]

    /// The header of `Key`'s wrapped form, e.g. `k4.secret-wrap.pie.`.
    package static func header<Key: SodiumSecretKey>(for type: Key.Type) -> String {
        PASERKHeader(version: Key.version, type: wrapType(of: Key.self)).description + protocolName + "."
    }

    /// Wraps `key` with `wrappingKey`, a local key of the same version.
    ///
    /// - Parameter nonce: A fixed 32-byte `n`, for the official vectors and tests only; random when `nil`.
    package static func wrap<Key: SodiumSecretKey, WrappingKey: SodiumSecretKey>(
        _ key: Key,
        with wrappingKey: WrappingKey,
        nonce: [UInt8]? = nil
    ) -> String {
        precondition(WrappingKey.paserkType == .local && WrappingKey.version == Key.version, "wrapping key type")
        let nonce = nonce ?? RandomBytes.bytes(count: nonceCount)
        precondition(nonce.count == nonceCount, "a PIE nonce is 32 bytes")
        let prefix = header(for: Key.self)
        var data = [UInt8](repeating: 0, count: tagCount + nonceCount + key.secret.count)
        data.withUnsafeMutableBytes { data in
            let tag = UnsafeMutableRawBufferPointer(rebasing: data[..<tagCount])
            let nonceSlot = UnsafeMutableRawBufferPointer(rebasing: data[tagCount..<(tagCount + nonceCount)])
            let ciphertext = UnsafeMutableRawBufferPointer(rebasing: data[(tagCount + nonceCount)...])
            nonce.withUnsafeBytes { nonceSlot.copyMemory(from: $0) }
            withSubkeys(wrappingKey, nonce: UnsafeRawBufferPointer(nonceSlot)) { encryptionKey, streamNonce, authKey in
                key.secret.withUnsafeBytes {
                    XChaCha20.xor($0, into: ciphertext, nonce: streamNonce, key: encryptionKey)
                }
                PASERKTag.compute(
                    into: tag,
                    authenticationKey: authKey,
                    header: prefix,
                    body: UnsafeRawBufferPointer(rebasing: data[tagCount...])
                )
            }
        }
        return prefix + Base64URL.encode(data)
    }

    /// Unwraps a `kN.local-wrap.pie.` or `kN.secret-wrap.pie.` PASERK into a key of type `Key`.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `unsupported-version`
    ///   for another wrap protocol, `invalid-key` when malformed or when the unwrapped key is not a valid key,
    ///   `authentication-failed` when the tag does not verify under `wrappingKey`.
    package static func unwrap<Key: SodiumSecretKey, WrappingKey: SodiumSecretKey>(
        _ paserk: String,
        as type: Key.Type,
        with wrappingKey: WrappingKey
    ) throws -> Key {
        precondition(WrappingKey.paserkType == .local && WrappingKey.version == Key.version, "wrapping key type")
        let prefix = header(for: Key.self)
        let data = try wrappedData(of: paserk, as: Key.self)
        let expectedCount = tagCount + nonceCount + Key.secretCount
        guard data.count == expectedCount else {
            throw PasetoError.make(.invalidKey, "a \(prefix) PASERK holds \(expectedCount) bytes, not \(data.count)")
        }
        let secret = try data.withUnsafeBytes { data in
            let tag = UnsafeRawBufferPointer(rebasing: data[..<tagCount])
            let nonce = UnsafeRawBufferPointer(rebasing: data[tagCount..<(tagCount + nonceCount)])
            let ciphertext = UnsafeRawBufferPointer(rebasing: data[(tagCount + nonceCount)...])
            return try withSubkeys(wrappingKey, nonce: nonce) { encryptionKey, streamNonce, authKey in
                let authentic = PASERKTag.isValid(
                    tag,
                    authenticationKey: authKey,
                    header: prefix,
                    body: UnsafeRawBufferPointer(rebasing: data[tagCount...])
                )
                guard authentic else {
                    throw PasetoError.make(
                        .authenticationFailed,
                        "the wrapped key did not authenticate with this wrapping key"
                    )
                }
                return SecretBytes(capacity: ciphertext.count) { plaintext in
                    XChaCha20.xor(ciphertext, into: plaintext, nonce: streamNonce, key: encryptionKey)
                    return ciphertext.count
                }
            }
        }
        return try Key(validating: secret)
    }

    /// The `local-wrap` or `secret-wrap` type of `Key`.
    static func wrapType<Key: SodiumSecretKey>(of type: Key.Type) -> PASERKType {
        guard let wrapType = Key.paserkType.wrapType else { preconditionFailure("only local and secret keys wrap") }
        return wrapType
    }

    /// The decoded data after `kN.<type>-wrap.pie.`.
    private static func wrappedData<Key: SodiumSecretKey>(of paserk: String, as type: Key.Type) throws -> [UInt8] {
        let rest = try PASERKHeader(version: Key.version, type: wrapType(of: Key.self)).data(of: paserk)
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else {
            throw PasetoError.make(.invalidKey, "a wrapped PASERK names its protocol: kN.type.pie.data")
        }
        guard parts[0] == protocolName else {
            throw PasetoError.make(.unsupportedVersion, "the \(parts[0]) wrap protocol is not supported; only pie is")
        }
        guard let data = Base64URL.decode(parts[1]) else {
            throw PasetoError.make(.invalidKey, "the PASERK data is not strict unpadded base64url")
        }
        return data
    }

    private static func withSubkeys<R, WrappingKey: SodiumSecretKey>(
        _ wrappingKey: WrappingKey,
        nonce: UnsafeRawBufferPointer,
        _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R
    ) rethrows -> R {
        try KeyedSubkeys.with(
            key: wrappingKey.secret,
            encryptionInfo: encryptionInfo,
            authenticationInfo: authenticationInfo,
            nonce: nonce,
            body
        )
    }
}
