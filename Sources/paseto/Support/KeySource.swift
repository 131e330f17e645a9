import PasetoKit

/// Turns a `--key`/`KEY` value into a key: a PASERK, or `@PATH` naming a file that holds one.
enum KeySource {
    /// A key file holds one PASERK (under 200 bytes, or about 1.6 KB for a k1 RSA secret key); anything far
    /// larger is a mistake.
    private static let maximumFileSize = 64 * 1024

    /// The key `value` names: the PASERK itself, or the one in the file `@PATH`.
    ///
    /// Surrounding whitespace is ignored in both forms.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` / `unsupported-version`, ``InputError`` `unreadable-file`.
    static func load(_ value: String) throws -> AnyPasetoKey {
        guard value.hasPrefix("@") else { return try parse(Array(value.utf8)) }
        let path = String(value.dropFirst())
        return try parse(try FileBytes.contents(atPath: path, maximumCount: maximumFileSize))
    }

    /// The key in `bytes` read from standard input, surrounding whitespace ignored.
    static func load(standardInput bytes: [UInt8]) throws -> AnyPasetoKey {
        try parse(bytes)
    }

    private static func parse(_ bytes: [UInt8]) throws -> AnyPasetoKey {
        guard let paserk = String(validating: bytes.trimmingASCIIWhitespace(), as: UTF8.self) else {
            throw InputError.invalidKey("the key is not UTF-8 text")
        }
        return try AnyPasetoKey(paserk: paserk)
    }
}

extension AnyPasetoKey {
    /// This key, when its PASERK type is `type`.
    ///
    /// Issuing or converting with the wrong kind of key involves no token, so it is an input error
    /// (`invalid-key`, exit 2), as `jwt migrate --to PUBLICKEY` is in the contract; `key-mismatch` (exit 1)
    /// stays reserved for a key that does not fit the token being checked.
    ///
    /// - Parameter operation: The command, for the message, e.g. `encrypt`.
    func requiring(_ type: PASERKType, for operation: String) throws -> AnyPasetoKey {
        guard paserkType == type else {
            let prefix = version.paserkPrefix
            throw InputError.invalidKey("\(operation) needs a \(prefix).\(type) key, not a \(prefix).\(paserkType) key")
        }
        return self
    }
}
