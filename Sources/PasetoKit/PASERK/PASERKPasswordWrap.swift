/// PASERK `local-pw` and `secret-pw`: a key encrypted under a password.
///
/// With `h = kN.local-pw.` (or `secret-pw`), a random salt `s`, a random stream nonce `n` and the cost
/// parameters `p` (Argon2id for k2/k4, the PBKDF2-SHA-384 iteration count for k1/k3, big-endian):
/// `k = KDF(password, s, p)`, then the suite derives `Ek` and `Ak` from `k` (see ``SodiumPASERKSuite`` and
/// ``NISTPASERKSuite``), `edk = Stream(Ek, n, key)`, `t = MAC(Ak, h ‖ s ‖ p ‖ n ‖ edk)`; the PASERK is
/// `h ‖ base64url(s ‖ p ‖ n ‖ edk ‖ t)`. Unwrapping reads `p` from the PASERK, refuses a cost above the
/// caller's ceiling before deriving anything, checks `t` in constant time, then decrypts.
package enum PASERKPasswordWrap {
    /// Wraps `key` under `password`.
    ///
    /// - Parameters:
    ///   - salt: A fixed salt, for the official vectors and tests only; random when `nil`.
    ///   - nonce: A fixed stream nonce, for the official vectors and tests only; random when `nil`.
    /// - Throws: ``PasetoError`` `invalid-password` for an empty password, `key-derivation-failed` when the
    ///   key derivation fails (Argon2id cannot allocate its memory).
    package static func wrap<Key: PASERKSecretKey>(
        _ key: Key,
        password: PASERKPassword,
        parameters: Key.Suite.PasswordParameters,
        salt: [UInt8]? = nil,
        nonce: [UInt8]? = nil
    ) throws -> String {
        guard !password.isEmpty else {
            throw PasetoError.make(.invalidPassword, "an empty password cannot wrap a key")
        }
        typealias Suite = Key.Suite
        let salt = salt ?? RandomBytes.bytes(count: Suite.passwordSaltCount)
        let nonce = nonce ?? RandomBytes.bytes(count: Suite.passwordNonceCount)
        precondition(
            salt.count == Suite.passwordSaltCount && nonce.count == Suite.passwordNonceCount,
            "password wrap salt or nonce size"
        )
        let header = header(for: Key.self)
        let derived = try salt.withUnsafeBytes {
            try Suite.derivePasswordKey(password: password, salt: $0, parameters: parameters)
        }
        let plaintext = key.passwordWrappedSecret
        let prefix = salt + Suite.encode(parameters) + nonce
        let bodyCount = prefix.count + plaintext.count
        var data = [UInt8](repeating: 0, count: bodyCount + Suite.tagCount)
        data.withUnsafeMutableBytes { data in
            prefix.withUnsafeBytes {
                UnsafeMutableRawBufferPointer(rebasing: data[..<prefix.count]).copyMemory(from: $0)
            }
            Suite.withPasswordSubkeys(derived) { encryptionKey, authenticationKey in
                plaintext.withUnsafeBytes { plaintext in
                    nonce.withUnsafeBytes { nonce in
                        let encryptedKey = UnsafeMutableRawBufferPointer(rebasing: data[prefix.count..<bodyCount])
                        Suite.xor(plaintext, into: encryptedKey, nonce: nonce, key: encryptionKey)
                    }
                }
                Suite.authenticate(
                    into: UnsafeMutableRawBufferPointer(rebasing: data[bodyCount...]),
                    key: authenticationKey,
                    header: header,
                    body: UnsafeRawBufferPointer(rebasing: data[..<bodyCount])
                )
            }
        }
        return header + Base64URL.encode(data)
    }

    /// Unwraps a `kN.local-pw.` or `kN.secret-pw.` PASERK with `password`, using the parameters the PASERK
    /// records, refusing a cost above `maximumCost` before deriving anything (a forged PASERK could otherwise
    /// demand any amount of memory and time).
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   malformed (including parameters the family cannot run, such as an Argon2id parallelism other than
    ///   1), `invalid-parameters` when the recorded cost exceeds `maximumCost`, `key-derivation-failed` when
    ///   the derivation fails, `authentication-failed` for a wrong password or an altered PASERK.
    package static func unwrap<Key: PASERKSecretKey>(
        _ paserk: String,
        as type: Key.Type,
        password: PASERKPassword,
        maximumCost: Key.Suite.PasswordParameters
    ) throws -> Key {
        typealias Suite = Key.Suite
        let header = header(for: Key.self)
        let data = try PASERKHeader(version: Key.version, type: passwordType(of: Key.self)).publicData(of: paserk)
        let parametersEnd = Suite.passwordSaltCount + Suite.passwordParametersCount
        let nonceEnd = parametersEnd + Suite.passwordNonceCount
        let minimumCount = nonceEnd + 1 + Suite.tagCount
        if let secretCount = Key.exactSecretCount, data.count != minimumCount - 1 + secretCount {
            throw PasetoError.make(
                .invalidKey,
                "a \(header) PASERK holds \(minimumCount - 1 + secretCount) bytes, not \(data.count)"
            )
        }
        guard data.count >= minimumCount else {
            throw PasetoError.make(.invalidKey, "a \(header) PASERK holds at least \(minimumCount) bytes")
        }
        let parameters = try Suite.decodePasswordParameters(data[Suite.passwordSaltCount..<parametersEnd])
        guard parameters.isWithin(maximumCost) else {
            throw PasetoError.make(
                .invalidParameters,
                "the PASERK asks for \(parameters), more than the allowed \(maximumCost); raise maximumCost to accept it"
            )
        }
        let bodyCount = data.count - Suite.tagCount
        let secret = try data.withUnsafeBytes { data in
            let derived = try Suite.derivePasswordKey(
                password: password,
                salt: UnsafeRawBufferPointer(rebasing: data[..<Suite.passwordSaltCount]),
                parameters: parameters
            )
            return try Suite.withPasswordSubkeys(derived) { encryptionKey, authenticationKey in
                let authentic = Suite.isValidTag(
                    UnsafeRawBufferPointer(rebasing: data[bodyCount...]),
                    key: authenticationKey,
                    header: header,
                    body: UnsafeRawBufferPointer(rebasing: data[..<bodyCount])
                )
                guard authentic else {
                    throw PasetoError.make(.authenticationFailed, "the password does not unwrap this key")
                }
                let nonce = UnsafeRawBufferPointer(rebasing: data[parametersEnd..<nonceEnd])
                let encryptedKey = UnsafeRawBufferPointer(rebasing: data[nonceEnd..<bodyCount])
                return SecretBytes(capacity: encryptedKey.count) { plaintext in
                    Suite.xor(encryptedKey, into: plaintext, nonce: nonce, key: encryptionKey)
                    return encryptedKey.count
                }
            }
        }
        return try Key(validatingPasswordWrapped: secret)
    }

    /// The header, e.g. `k4.local-pw.`.
    package static func header<Key: PASERKSecretKey>(for type: Key.Type) -> String {
        PASERKHeader(version: Key.version, type: passwordType(of: Key.self)).description
    }

    private static func passwordType<Key: PASERKSecretKey>(of type: Key.Type) -> PASERKType {
        guard let passwordType = Key.paserkType.passwordType else {
            preconditionFailure("only local and secret keys are wrapped under a password")
        }
        return passwordType
    }
}
