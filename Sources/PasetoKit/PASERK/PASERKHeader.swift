/// The `kN.type.` prefix of a PASERK string.
public struct PASERKHeader: Hashable, Sendable, CustomStringConvertible {
    /// The key's version.
    public let version: PasetoVersion
    /// The PASERK type.
    public let type: PASERKType

    /// A header for `version` and `type`.
    public init(version: PasetoVersion, type: PASERKType) {
        self.version = version
        self.type = type
    }

    /// `k4.local.`, trailing dot included.
    public var description: String { "\(version.paserkPrefix).\(type)." }

    /// Splits `paserk` into its header and data text, after dropping surrounding ASCII whitespace (space,
    /// tab, LF, VT, FF, CR): a key file written by `paseto keygen --out` ends with a newline, and the string
    /// read from it is accepted as it is. Whitespace inside the PASERK is never accepted.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` when it does not start with a known `kN.type.` header.
    package static func split(_ paserk: String) throws -> (header: PASERKHeader, data: Substring) {
        let parts = paserk.trimmingASCIIWhitespace().split(
            separator: ".",
            maxSplits: 2,
            omittingEmptySubsequences: false
        )
        guard parts.count == 3,
            let version = PasetoVersion(paserkPrefix: parts[0]),
            let type = PASERKType(parts[1])
        else {
            throw PasetoError.make(.invalidKey, "not a PASERK: expected a kN.type. prefix")
        }
        return (PASERKHeader(version: version, type: type), parts[2])
    }

    /// Splits `paserk` and requires its header to be exactly `self`.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   it is no PASERK at all.
    package func data(of paserk: String) throws -> Substring {
        let (header, data) = try Self.split(paserk)
        guard header == self else {
            throw PasetoError.make(.keyMismatch, "a \(header.description) PASERK where \(description) was expected")
        }
        return data
    }

    /// The data of `paserk`, whose header must be exactly `self`, decoded into wiped-on-free memory.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a PASERK of another version or type, `invalid-key` when
    ///   it is no PASERK or its data is not strict unpadded base64url.
    package func secretData(of paserk: String) throws -> SecretBytes {
        guard let secret = Base64URL.decodeSecret(try data(of: paserk)) else {
            throw PasetoError.make(.invalidKey, "the PASERK data is not strict unpadded base64url")
        }
        return secret
    }

    /// The data of `paserk`, whose header must be exactly `self`, decoded (for data that is not secret).
    ///
    /// - Throws: as ``secretData(of:)``.
    package func publicData(of paserk: String) throws -> [UInt8] {
        guard let bytes = Base64URL.decode(try data(of: paserk)) else {
            throw PasetoError.make(.invalidKey, "the PASERK data is not strict unpadded base64url")
        }
        return bytes
    }

    /// `self` followed by the base64url of `bytes`: a whole PASERK string.
    package func paserk(encoding bytes: UnsafeRawBufferPointer) -> String {
        description + Base64URL.encode(bytes)
    }
}
