/// A footer to issue: raw bytes, or a JSON object whose `kid` is a PASERK key id.
///
/// Footers travel in the clear (authenticated, not encrypted). Key material never belongs in one: a footer
/// holding a `local`, `secret`, `public`, `local-pw` or `secret-pw` PASERK is refused when issuing and when
/// verifying, and a `kid` must be a PASERK id (`lid`, `pid`, `sid`).
public struct PasetoFooter: Hashable, Sendable {
    /// The footer's bytes as they go into the token.
    public let bytes: [UInt8]
    /// The key id, when the footer is a JSON object with a `kid`.
    public let keyID: String?

    /// No footer.
    public static let none = PasetoFooter(validatedBytes: [], keyID: nil)

    private init(validatedBytes: [UInt8], keyID: String?) {
        self.bytes = validatedBytes
        self.keyID = keyID
    }

    /// A JSON footer `{"kid":"<id>"}`.
    ///
    /// - Throws: ``PasetoError`` `invalid-footer` when `id` is not a PASERK id (`kN.lid.`, `kN.pid.`, `kN.sid.`).
    public init(keyID id: String) throws {
        try FooterRules.requireKeyID(id, version: nil)
        self.init(
            validatedBytes: JSONWriter.bytes(
                of: .object(JSONObject(uniqueMembers: [.init(name: "kid", value: .string(id))]))
            ),
            keyID: id
        )
    }

    /// A footer of raw bytes (for example a non-JSON label).
    ///
    /// - Throws: ``PasetoError`` `invalid-footer` when the bytes hold key material.
    public init(bytes: [UInt8]) throws {
        try FooterRules.refuseKeyMaterial(bytes)
        self.init(validatedBytes: bytes, keyID: nil)
    }

    /// Reads an untrusted footer: length, key material and, for a JSON object, its limits and `kid`.
    ///
    /// - Throws: ``PasetoError`` `limit-exceeded` or `invalid-footer`.
    package init(untrusted bytes: [UInt8], version: PasetoVersion, limits: PasetoLimits) throws {
        guard bytes.count <= limits.maximumFooterLength else {
            throw PasetoError.make(.limitExceeded, "the footer is longer than \(limits.maximumFooterLength) bytes")
        }
        try FooterRules.refuseKeyMaterial(bytes)
        self.init(
            validatedBytes: bytes,
            keyID: try FooterRules.keyID(in: bytes, version: version, limits: limits.footer)
        )
    }
}

/// The rules every footer follows (PASETO's footer guidance and PASERK's footer table).
package enum FooterRules {
    /// PASERK types that hold key material and so never appear in a footer.
    private static let forbiddenTypes: Set<String> = ["local", "public", "secret", "local-pw", "secret-pw"]

    /// Refuses bytes that contain a `kN.<type>.` prefix of a key-material PASERK anywhere.
    package static func refuseKeyMaterial(_ bytes: [UInt8]) throws {
        var index = 0
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "k"), (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(bytes[index + 1]),
                bytes[index + 2] == UInt8(ascii: ".")
            {
                let typeStart = index + 3
                var typeEnd = typeStart
                while typeEnd < bytes.count, typeEnd - typeStart <= 9, bytes[typeEnd] != UInt8(ascii: ".") {
                    typeEnd += 1
                }
                if typeEnd < bytes.count, bytes[typeEnd] == UInt8(ascii: "."),
                    forbiddenTypes.contains(String(decoding: bytes[typeStart..<typeEnd], as: UTF8.self))
                {
                    throw PasetoError.make(
                        .invalidFooter,
                        "the footer holds key material (a PASERK key); only key ids belong there"
                    )
                }
            }
            index += 1
        }
    }

    /// The `kid` of a JSON-object footer, checked to be a PASERK id of `version`; `nil` for other footers.
    static func keyID(in bytes: [UInt8], version: PasetoVersion, limits: JSONLimits) throws -> String? {
        guard bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else { return nil }
        let value: JSONValue
        do {
            value = try StrictJSONParser.parse(bytes, limits: limits)
        } catch let error as StrictJSONError {
            throw PasetoError.make(error.isLimit ? .limitExceeded : .invalidFooter, "footer: \(error)")
        }
        guard case .object(let object) = value, let kid = object["kid"] else { return nil }
        guard case .string(let id) = kid else {
            throw PasetoError.make(.invalidFooter, "the footer's kid must be a string")
        }
        try requireKeyID(id, version: version)
        return id
    }

    /// Requires `id` to be a well-formed PASERK id, of `version` when given.
    static func requireKeyID(_ id: String, version: PasetoVersion?) throws {
        guard let (header, data) = try? PASERKHeader.split(id), PASERKType.identifiers.contains(header.type),
            let digest = Base64URL.decode(data), digest.count == 33
        else {
            throw PasetoError.make(.invalidFooter, "a footer kid must be a PASERK id (kN.lid., kN.pid. or kN.sid.)")
        }
        if let version, header.version != version {
            throw PasetoError.make(
                .invalidFooter,
                "the footer kid is a \(header.version.paserkPrefix) id on a \(version) token"
            )
        }
    }
}
