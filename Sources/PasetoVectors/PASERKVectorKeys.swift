import PasetoKit

/// How the PASERK checks read one version's keys from a vector's text fields, so that one check serves every
/// version: hex bytes for k2/k4 (``SodiumVersion``), hex or PEM for k3 and k1 (``NISTVersion``).
struct PASERKVectorKeys<Local: PasetoLocalKey & PASERKSecretKey, Secret: PasetoSigningKey & PASERKSecretKey> {
    /// A key loader: the field's text and its name (for messages).
    typealias Loader<Key> = (_ text: String?, _ field: String) throws -> Key

    /// The version whose files these keys belong to.
    let version: PasetoVersion
    /// A local key from its field.
    let localKey: Loader<Local>
    /// A secret key from its field.
    let secretKey: Loader<Secret>
    /// A public key from its field.
    let publicKey: Loader<Secret.VerifyingKey>
    /// Checks that a seed field (k2/k4 only) derives the secret key; does nothing for other versions.
    var checkSeed: (_ seed: String?, _ field: String, _ key: Secret) throws -> Void = { _, _, _ in }
}

/// Reads a vector key field that holds hex bytes, PEM text, or hex-encoded PEM text.
enum VectorKeyText {
    /// The key in `text`: `pem` for PEM text (plain or hex-encoded), `raw` for other hex bytes.
    ///
    /// - Throws: ``VectorCheckFailure`` when the field is missing or neither PEM nor hex, or when the loader
    ///   refuses the key.
    static func load<Key>(
        _ text: String?,
        field: String,
        pem: ((String) throws -> Key)? = nil,
        raw: ([UInt8]) throws -> Key
    ) throws -> Key {
        guard let text else { throw VectorCheckFailure("the vector has no \(field)") }
        let pemMarker = "-----BEGIN"
        var pemText: String?
        if text.hasPrefix(pemMarker) {
            pemText = text
        } else if let bytes = Hex.decode(text), bytes.starts(with: pemMarker.utf8) {
            pemText = String(decoding: bytes, as: UTF8.self)
        }
        return try VectorCheckFailure.expectSuccess("loading \(field)") {
            if let pemText {
                guard let pem else {
                    throw VectorCheckFailure("\(field) is PEM text, which this version does not read")
                }
                return try pem(pemText)
            }
            guard let bytes = Hex.decode(text) else { throw VectorCheckFailure("\(field) is neither hex nor PEM") }
            return try raw(bytes)
        }
    }
}

extension SodiumVersion {
    /// The k2/k4 key fields: hex bytes.
    var paserkKeys: PASERKVectorKeys<Local, Secret> {
        PASERKVectorKeys(
            version: version,
            localKey: { try localKey($0, field: $1) },
            secretKey: { try secretKey($0, field: $1) },
            publicKey: { try publicKey($0, field: $1) },
            checkSeed: { try checkSeed($0, field: $1, derives: $2) }
        )
    }
}
