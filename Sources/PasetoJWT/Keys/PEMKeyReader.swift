import JWTKit

/// Reads one PEM block (public key, private key or X.509 certificate) into a public verification key, with
/// jwt-kit's key types; a private key contributes only its public half. Certificates may hold an RSA, EC or
/// (RFC 8410) Ed25519 key.
enum PEMKeyReader {
    /// - Throws: ``JWTCompatError`` `invalid-key` for text that is not exactly one usable PEM key or
    ///   certificate, `unsupported-key` for an encrypted private key.
    static func read(_ text: String) throws -> JWTKitKey {
        let labels = text.split(whereSeparator: \.isNewline).compactMap { line -> Substring? in
            guard line.hasPrefix("-----BEGIN "), line.hasSuffix("-----") else { return nil }
            return line.dropFirst("-----BEGIN ".count).dropLast("-----".count)
        }.filter { $0 != "EC PARAMETERS" }
        guard labels.count == 1, let label = labels.first else {
            throw JWTCompatError.make(
                .invalidKey,
                "a PEM key file must hold exactly one key or certificate; this one holds \(labels.count)"
            )
        }
        let attempts: [() throws -> JWTKitKey]
        switch label {
        case "PUBLIC KEY", "RSA PUBLIC KEY":
            attempts = [
                { .rsa(try Insecure.RSA.PublicKey(pem: text)) }, { .es256(try ES256PublicKey(pem: text)) },
                { .es384(try ES384PublicKey(pem: text)) }, { .es512(try ES512PublicKey(pem: text)) },
                { .eddsa(try EdDSA.PublicKey(pem: text)) },
            ]
        case "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY":
            attempts = [
                { .rsa(try Insecure.RSA.PrivateKey(pem: text).publicKey) },
                { .es256(try ES256PrivateKey(pem: text).publicKey) },
                { .es384(try ES384PrivateKey(pem: text).publicKey) },
                { .es512(try ES512PrivateKey(pem: text).publicKey) },
                { .eddsa(try EdDSA.PrivateKey(pem: text).publicKey) },
            ]
        case "CERTIFICATE":
            attempts = [
                { .rsa(try Insecure.RSA.PublicKey(certificatePEM: text)) },
                { .es256(try ES256PublicKey(certificate: text)) }, { .es384(try ES384PublicKey(certificate: text)) },
                { .es512(try ES512PublicKey(certificate: text)) },
                { .eddsa(try Ed25519Certificate.publicKey(pem: text)) },
            ]
        case "ENCRYPTED PRIVATE KEY":
            throw JWTCompatError.make(
                .unsupportedKey,
                "encrypted private keys are not read; give the public key or certificate instead"
            )
        default:
            throw JWTCompatError.make(.invalidKey, "a PEM \(label) block is not a key or certificate")
        }
        var lastError: (any Error)?
        for attempt in attempts {
            do {
                return try attempt()
            } catch {
                lastError = error
            }
        }
        if label == "CERTIFICATE" {
            throw JWTCompatError.make(
                .unsupportedKey,
                "the certificate's key is not RSA (2048 bits or more), EC P-256/P-384/P-521 or Ed25519",
                underlying: lastError
            )
        }
        throw JWTCompatError.make(
            .invalidKey,
            "the PEM \(label) is not an RSA (2048 bits or more), EC P-256/P-384/P-521 or Ed25519 key",
            underlying: lastError
        )
    }
}
