import PasetoKit

/// The NIST versions (v3, v1) for the vector checks: how to read their keys (hex, PEM, or hex-encoded PEM)
/// and the one operation the generic checks cannot reach through the key protocols, encrypting with the
/// vector's nonce.
struct NISTVersion<Local: PasetoLocalKey & PASERKSecretKey, Secret: PasetoSigningKey & PASERKSecretKey> {
    /// The keys, as the PASERK checks read them.
    let keys: PASERKVectorKeys<Local, Secret>
    /// Whether tokens of this version bind an implicit assertion; v1 vectors carry one that must be ignored.
    let hasImplicitAssertions: Bool
    /// `encrypt(payload, key, footer, implicitAssertion, nonce)`; for v1 the nonce is the random value `b`.
    let encrypt: ([UInt8], Local, [UInt8], [UInt8], [UInt8]) -> String

    /// A version whose local keys are hex and whose secret and public keys are PEM text or, otherwise, the
    /// bytes `secretBytes` and `publicBytes` read.
    init(
        version: PasetoVersion,
        local: @escaping ([UInt8]) throws -> Local,
        secret: (pem: (String) throws -> Secret, bytes: ([UInt8]) throws -> Secret),
        public publicKey: (pem: (String) throws -> Secret.VerifyingKey, bytes: ([UInt8]) throws -> Secret.VerifyingKey),
        hasImplicitAssertions: Bool,
        encrypt: @escaping ([UInt8], Local, [UInt8], [UInt8], [UInt8]) -> String
    ) {
        keys = PASERKVectorKeys(
            version: version,
            localKey: { try VectorKeyText.load($0, field: $1, raw: local) },
            secretKey: { try VectorKeyText.load($0, field: $1, pem: secret.pem, raw: secret.bytes) },
            publicKey: { try VectorKeyText.load($0, field: $1, pem: publicKey.pem, raw: publicKey.bytes) }
        )
        self.hasImplicitAssertions = hasImplicitAssertions
        self.encrypt = encrypt
    }
}

extension NISTVersion where Local == PasetoV3.Local.Key, Secret == PasetoV3.Public.SecretKey {
    /// Version 3: hex keys, or PEM text (plain or hex-encoded) for P-384 keys.
    static var v3: Self {
        NISTVersion(
            version: .v3,
            local: Local.init(rawBytes:),
            secret: (Secret.init(pemRepresentation:), Secret.init(rawBytes:)),
            public: (PasetoV3.Public.PublicKey.init(pemRepresentation:), PasetoV3.Public.PublicKey.init(rawBytes:)),
            hasImplicitAssertions: true
        ) { payload, key, footer, assertion, nonce in
            PasetoV3.Local.encrypt(payload, using: key, footer: footer, implicitAssertion: assertion, nonce: nonce)
        }
    }
}

extension NISTVersion where Local == PasetoV1.Local.Key, Secret == PasetoV1.Public.SecretKey {
    /// Version 1: hex local keys, PEM RSA keys (hex bytes are read as DER, which no vector uses).
    static var v1: Self {
        NISTVersion(
            version: .v1,
            local: Local.init(rawBytes:),
            secret: (Secret.init(pemRepresentation:), Secret.init(derRepresentation:)),
            public: (
                PasetoV1.Public.PublicKey.init(pemRepresentation:), PasetoV1.Public.PublicKey.init(derRepresentation:)
            ),
            hasImplicitAssertions: false
        ) { payload, key, footer, _, nonce in
            PasetoV1.Local.encrypt(payload, using: key, footer: footer, nonceKey: nonce)
        }
    }
}
