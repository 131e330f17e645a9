/// PASERK `local-wrap.pie` and `secret-wrap.pie`: a key encrypted under a local wrapping key of the same
/// version (the `pie` protocol).
///
/// With `h = kN.local-wrap.pie.` (or `secret-wrap`), a random 32-byte `n` and the wrapping key `wk`, the suite
/// derives `Ek`, `n2` and `Ak` from `wk` and `n` (see ``SodiumPASERKSuite`` and ``NISTPASERKSuite``); then
/// `c = Stream(Ek, n2, key)`, `t = MAC(Ak, h ‖ n ‖ c)` (plain concatenation, not PAE) and the PASERK is
/// `h ‖ base64url(t ‖ n ‖ c)`. Unwrapping checks `t` in constant time before it decrypts.
package enum PASERKWrap {
    /// The only wrap protocol implemented: Platform-Independent Encryption.
    package static let protocolName = "pie"
    /// The size of the random nonce `n`, in every version.
    package static let nonceCount = 32

    /// The header of `Key`'s wrapped form, e.g. `k4.secret-wrap.pie.`.
    package static func header<Key: PASERKSecretKey>(for type: Key.Type) -> String {
        PASERKHeader(version: Key.version, type: wrapType(of: Key.self)).description + protocolName + "."
    }

    /// Wraps `key` with `wrappingKey`, a local key of the same version.
    ///
    /// - Parameter nonce: A fixed 32-byte `n`, for the official vectors and tests only; random when `nil`.
    package static func wrap<Key: PASERKSecretKey, WrappingKey: PASERKSecretKey>(
        _ key: Key,
        with wrappingKey: WrappingKey,
        nonce: [UInt8]? = nil
    ) -> String {
        precondition(WrappingKey.paserkType == .local && WrappingKey.version == Key.version, "wrapping key type")
        let nonce = nonce ?? RandomBytes.bytes(count: nonceCount)
        precondition(nonce.count == nonceCount, "a PIE nonce is 32 bytes")
        let prefix = header(for: Key.self)
        let tagCount = Key.Suite.tagCount
        var data = [UInt8](repeating: 0, count: tagCount + nonceCount + key.secret.count)
        data.withUnsafeMutableBytes { data in
            let nonceSlot = UnsafeMutableRawBufferPointer(rebasing: data[tagCount..<(tagCount + nonceCount)])
            nonce.withUnsafeBytes { nonceSlot.copyMemory(from: $0) }
            Key.Suite.withPIESubkeys(wrappingKey: wrappingKey.secret, nonce: UnsafeRawBufferPointer(nonceSlot)) {
                encryptionKey,
                streamNonce,
                authenticationKey in
                key.secret.withUnsafeBytes {
                    let ciphertext = UnsafeMutableRawBufferPointer(rebasing: data[(tagCount + nonceCount)...])
                    Key.Suite.xor($0, into: ciphertext, nonce: streamNonce, key: encryptionKey)
                }
                Key.Suite.authenticate(
                    into: UnsafeMutableRawBufferPointer(rebasing: data[..<tagCount]),
                    key: authenticationKey,
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
    package static func unwrap<Key: PASERKSecretKey, WrappingKey: PASERKSecretKey>(
        _ paserk: String,
        as type: Key.Type,
        with wrappingKey: WrappingKey
    ) throws -> Key {
        precondition(WrappingKey.paserkType == .local && WrappingKey.version == Key.version, "wrapping key type")
        let prefix = header(for: Key.self)
        let data = try wrappedData(of: paserk, as: Key.self)
        let tagCount = Key.Suite.tagCount
        let headCount = tagCount + nonceCount
        if let secretCount = Key.exactSecretCount, data.count != headCount + secretCount {
            throw PasetoError.make(
                .invalidKey,
                "a \(prefix) PASERK holds \(headCount + secretCount) bytes, not \(data.count)"
            )
        }
        guard data.count > headCount else {
            throw PasetoError.make(.invalidKey, "a \(prefix) PASERK holds more than \(headCount) bytes")
        }
        let secret = try data.withUnsafeBytes { data in
            let nonce = UnsafeRawBufferPointer(rebasing: data[tagCount..<headCount])
            let ciphertext = UnsafeRawBufferPointer(rebasing: data[headCount...])
            return try Key.Suite.withPIESubkeys(wrappingKey: wrappingKey.secret, nonce: nonce) {
                encryptionKey,
                streamNonce,
                authenticationKey in
                let authentic = Key.Suite.isValidTag(
                    UnsafeRawBufferPointer(rebasing: data[..<tagCount]),
                    key: authenticationKey,
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
                    Key.Suite.xor(ciphertext, into: plaintext, nonce: streamNonce, key: encryptionKey)
                    return ciphertext.count
                }
            }
        }
        return try Key(validating: secret)
    }

    /// The `local-wrap` or `secret-wrap` type of `Key`.
    static func wrapType<Key: PASERKSecretKey>(of type: Key.Type) -> PASERKType {
        guard let wrapType = Key.paserkType.wrapType else { preconditionFailure("only local and secret keys wrap") }
        return wrapType
    }

    /// The decoded data after `kN.<type>-wrap.pie.`.
    private static func wrappedData<Key: PASERKSecretKey>(of paserk: String, as type: Key.Type) throws -> [UInt8] {
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
}
