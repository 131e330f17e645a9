/// A footer to issue: raw bytes, or a JSON object whose `kid` is a PASERK key id.
///
/// Footers travel in the clear (authenticated, not encrypted). Key material never belongs in one: a footer
/// holding a `local`, `secret`, `public`, `local-wrap`, `secret-wrap`, `local-pw`, `secret-pw` or `seal`
/// PASERK (any `k<digits>.<type>.` prefix) is refused when issuing and when verifying — in the raw bytes,
/// and in a JSON-object footer in every string after unescaping, so `k4\u002elocal\u002e…` is refused too.
/// A JSON-object footer must be strict JSON: a duplicate member name is refused. A `kid` must be a PASERK
/// id; when issuing, it must be one a verifier can compute (`lid`, `pid`), so build it from the key with
/// ``init(keyIDOf:)``.
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

    /// A JSON footer `{"kid":"<id>"}` naming `key`: its ``PasetoKey/tokenKeyID``, the id a verifier computes.
    ///
    /// That is the `lid` of a local key, and the `pid` of the public key for a secret key as for a public key,
    /// so tokens signed by a secret key carry the id the verifiers' public keys have.
    ///
    /// ```swift
    /// let token = try secretKey.sign(claims, footer: PasetoFooter(keyIDOf: secretKey))  // kid = its k4.pid
    /// ```
    public init(keyIDOf key: some PasetoKey) {
        self.init(kid: key.tokenKeyID)
    }

    /// A JSON footer `{"kid":"<id>"}` naming a key known at run time (the same id as ``init(keyIDOf:)``).
    public init(keyIDOf key: AnyPasetoKey) {
        self.init(kid: key.tokenKeyID)
    }

    /// A JSON footer `{"kid":"<id>"}`.
    ///
    /// Prefer ``init(keyIDOf:)``, which cannot pick the wrong id.
    ///
    /// - Throws: ``PasetoError`` `invalid-footer` when `id` is not a PASERK `lid` or `pid` (`kN.lid.`,
    ///   `kN.pid.`). A `kN.sid.` is refused: verifiers hold the public key and look tokens up by its `pid`, so
    ///   a token naming the secret key's id would never be found.
    public init(keyID id: String) throws {
        try FooterRules.requireKeyID(id, version: nil, allowsSecretID: false)
        self.init(kid: id)
    }

    private init(kid: String) {
        self.init(
            validatedBytes: JSONWriter.bytes(
                of: .object(JSONObject(uniqueMembers: [.init(name: "kid", value: .string(kid))]))
            ),
            keyID: kid
        )
    }

    /// A footer of raw bytes (for example a non-JSON label, or JSON of your own).
    ///
    /// - Throws: ``PasetoError`` `invalid-footer` when the bytes hold key material (also escaped inside JSON
    ///   strings), when they are a JSON object with a duplicate member name or a `kid` that is a `kN.sid.`;
    ///   `limit-exceeded` for a JSON object nested deeper than ``JSONLimits/depthCeiling``.
    public init(bytes: [UInt8]) throws {
        try FooterRules.checkIssuing(bytes)
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
