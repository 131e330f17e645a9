/// The rules every footer follows (PASETO's footer guidance and PASERK's footer table).
///
/// Key material never travels in a footer. A footer is scanned for a `k<digits>.<type>.` prefix of a
/// key-holding PASERK type (``forbiddenTypes``) twice: in its raw bytes, and, when it is a JSON object, in
/// every string of it (member names and values, at any depth) *after* JSON unescaping, so that
/// `k4\u002elocal\u002e…` is refused like `k4.local.…`. A JSON-object footer is parsed with
/// ``StrictJSONParser``: a duplicate member name refuses it.
package enum FooterRules {
    /// PASERK types that hold key material and so never appear in a footer: the keys themselves, the
    /// password-wrapped keys, and (in PasetoKit, which has no `wpk` support) the wrapped and sealed keys.
    ///
    /// See <https://github.com/paseto-standard/paserk/blob/master/types/README.md> and
    /// <https://github.com/paseto-standard/paseto-spec/blob/master/docs/02-Implementation-Guide/01-Payload-Processing.md>.
    package static let forbiddenTypes: [String] = [
        "local", "public", "secret", "local-wrap", "secret-wrap", "local-pw", "secret-pw", "seal",
    ]

    /// The longest forbidden type name (`secret-wrap`).
    private static let longestType = forbiddenTypes.map(\.utf8.count).max() ?? 0

    /// Limits for footers read without caller-given ``PasetoLimits`` (the raw `decrypt`/`verify` API and
    /// issuing): the parser's depth ceiling and no member bound; parsing stays linear in the footer's length.
    package static let unboundedLimits = JSONLimits(maximumDepth: JSONLimits.depthCeiling)

    // MARK: Issuing

    /// Checks footer bytes about to be issued: no key material in the raw bytes; and when they are a JSON
    /// object, no duplicate member name, no key material in any unescaped string, and no `k*.sid` `kid`.
    ///
    /// - Throws: ``PasetoError`` `invalid-footer` or `limit-exceeded`.
    package static func checkIssuing(_ bytes: [UInt8]) throws {
        try refuseKeyMaterial(bytes)
        guard let object = try jsonObject(bytes, limits: unboundedLimits, refusingMalformed: false) else { return }
        if case .string(let id)? = object["kid"], isSecretKeyID(id) {
            throw PasetoError.make(
                .invalidFooter,
                "a footer kid must not be a k*.sid: verifiers hold the public key, so use its pid"
            )
        }
    }

    // MARK: Verifying

    /// The check every `decrypt`/`verify` runs on an authenticated footer: a JSON object is parsed strictly
    /// (a duplicate member name or key material in any unescaped string refuses it); a footer that is not a
    /// JSON object is left as it is.
    ///
    /// - Throws: ``PasetoError`` `invalid-footer` or `limit-exceeded`.
    package static func checkAuthenticated(_ bytes: [UInt8]) throws {
        _ = try jsonObject(bytes, limits: unboundedLimits, refusingMalformed: false)
    }

    /// The `kid` of a JSON-object footer, checked to be a PASERK id of `version`; `nil` for other footers.
    /// A footer that starts like a JSON object but is not strict JSON is refused.
    ///
    /// - Throws: ``PasetoError`` `invalid-footer` or `limit-exceeded`.
    static func keyID(in bytes: [UInt8], version: PasetoVersion, limits: JSONLimits) throws -> String? {
        guard let object = try jsonObject(bytes, limits: limits, refusingMalformed: true), let kid = object["kid"]
        else { return nil }
        guard case .string(let id) = kid else {
            throw PasetoError.make(.invalidFooter, "the footer's kid must be a string")
        }
        try requireKeyID(id, version: version)
        return id
    }

    // MARK: Shared

    /// The footer as a strict JSON object, its strings checked for key material; `nil` when it does not
    /// start with `{`, or (unless `refusingMalformed`) is not JSON at all. A duplicate member name and a
    /// limit are always refused: such a footer *is* an object, just not an acceptable one.
    private static func jsonObject(
        _ bytes: [UInt8],
        limits: JSONLimits,
        refusingMalformed: Bool
    ) throws -> JSONObject? {
        guard bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else { return nil }
        let value: JSONValue
        do {
            value = try StrictJSONParser.parse(bytes, limits: limits)
        } catch let error as StrictJSONError {
            switch error {
            case .duplicateMember: throw PasetoError.make(.invalidFooter, "footer: \(error)")
            case .depthExceeded, .tooManyMembers: throw PasetoError.make(.limitExceeded, "footer: \(error)")
            case .syntax, .invalidUTF8:
                guard refusingMalformed else { return nil }
                throw PasetoError.make(.invalidFooter, "footer: \(error)")
            }
        }
        guard case .object(let object) = value else { return nil }
        try refuseKeyMaterial(inStringsOf: value)
        return object
    }

    /// Refuses key material in any string of `value`: member names and string values, at any depth.
    private static func refuseKeyMaterial(inStringsOf value: JSONValue) throws {
        var pending = [value]  // a worklist, not recursion: depth is already bounded, but this needs no stack
        while let next = pending.popLast() {
            switch next {
            case .string(let text): try refuseKeyMaterial(Array(text.utf8))
            case .array(let elements): pending.append(contentsOf: elements)
            case .object(let object):
                for member in object.members {
                    try refuseKeyMaterial(Array(member.name.utf8))
                    pending.append(member.value)
                }
            case .null, .bool, .number: continue
            }
        }
    }

    /// Refuses bytes that contain a `k<digits>.<type>.` prefix of a key-material PASERK anywhere.
    package static func refuseKeyMaterial(_ bytes: [UInt8]) throws {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "k") else { continue }
            var cursor = index + 1
            while cursor < bytes.count, digits.contains(bytes[cursor]) { cursor += 1 }
            guard cursor > index + 1, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") else { continue }
            let typeStart = cursor + 1
            var typeEnd = typeStart
            while typeEnd < bytes.count, typeEnd - typeStart <= longestType, bytes[typeEnd] != UInt8(ascii: ".") {
                typeEnd += 1
            }
            guard typeEnd < bytes.count, bytes[typeEnd] == UInt8(ascii: ".") else { continue }
            let type = bytes[typeStart..<typeEnd]
            if forbiddenTypes.contains(where: { $0.utf8.elementsEqual(type) }) {
                throw PasetoError.make(
                    .invalidFooter,
                    "the footer holds key material (a PASERK key); only key ids belong there"
                )
            }
        }
    }

    /// Whether `id` starts `k<digits>.sid.`.
    private static func isSecretKeyID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.first == UInt8(ascii: "k") else { return false }
        var cursor = 1
        while cursor < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) { cursor += 1 }
        return cursor > 1 && bytes[cursor...].starts(with: Array(".sid.".utf8))
    }

    /// Requires `id` to be a well-formed PASERK id, of `version` when given; with `allowsSecretID` false, a
    /// `sid` is refused too (issuing: verifiers compute the `pid`).
    static func requireKeyID(_ id: String, version: PasetoVersion?, allowsSecretID: Bool = true) throws {
        guard let (header, data) = try? PASERKHeader.split(id), PASERKType.identifiers.contains(header.type),
            let digest = Base64URL.decode(data), digest.count == 33
        else {
            throw PasetoError.make(.invalidFooter, "a footer kid must be a PASERK id (kN.lid., kN.pid. or kN.sid.)")
        }
        if !allowsSecretID, header.type == .sid {
            throw PasetoError.make(
                .invalidFooter,
                "a footer kid must not be a k*.sid: verifiers hold the public key, so use its pid"
            )
        }
        if let version, header.version != version {
            throw PasetoError.make(
                .invalidFooter,
                "the footer kid is a \(header.version.paserkPrefix) id on a \(version) token"
            )
        }
    }
}
