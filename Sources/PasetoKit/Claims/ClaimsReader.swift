/// Turns an authenticated token into validated claims: strict JSON, registered claim types, the rules,
/// then your content type. Runs only on a ``VerifiedToken``, so nothing here sees unauthenticated bytes.
enum ClaimsReader {
    static func read<Content: Decodable & Sendable>(
        _ verified: VerifiedToken,
        as type: Content.Type,
        rules: ClaimRules,
        limits: PasetoLimits
    ) throws -> VerifiedClaims<Content> {
        let footer = try PasetoFooter(untrusted: verified.footer, version: verified.header.version, limits: limits)
        let object = try payloadObject(verified.payload, limits: limits.payload)
        let registered = try RegisteredClaims(reading: object)
        try rules.validate(ClaimSet(registered: registered, object: object))
        let content: Content
        do {
            content = try JSONValueDecoder.decode(Content.self, from: .object(object))
        } catch let error as DecodingError {
            throw PasetoError.make(
                .invalidPayload,
                "the claims do not decode as \(Content.self): \(Self.describe(error))"
            )
        }
        return VerifiedClaims(claims: PasetoClaims(registered: registered, content: content), footer: footer)
    }

    /// The payload as a strict JSON object.
    ///
    /// - Throws: ``PasetoError`` `invalid-payload` or `limit-exceeded`.
    static func payloadObject(_ payload: [UInt8], limits: JSONLimits) throws -> JSONObject {
        let value: JSONValue
        do {
            value = try StrictJSONParser.parse(payload, limits: limits)
        } catch let error as StrictJSONError {
            throw PasetoError.make(error.isLimit ? .limitExceeded : .invalidPayload, "payload: \(error)")
        }
        guard case .object(let object) = value else {
            throw PasetoError.make(.invalidPayload, "the payload must be a JSON object, not \(value.kindWithArticle)")
        }
        return object
    }

    /// Where decoding failed and why, without any value from the payload.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let components = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return components.isEmpty ? "the top level" : components.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing \(key.stringValue) at \(path(context))"
        case .valueNotFound(_, let context): return "null at \(path(context))"
        case .typeMismatch(let type, let context): return "expected \(type) at \(path(context))"
        case .dataCorrupted(let context): return "invalid value at \(path(context))"
        @unknown default: return "invalid value"
        }
    }
}
