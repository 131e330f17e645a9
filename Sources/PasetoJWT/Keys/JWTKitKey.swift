import JWTKit
import PasetoKit

/// One verification key as jwt-kit's types hold it: only ever public material, or an HMAC secret.
enum JWTKitKey: Sendable {
    case hmac(HMACKey, byteCount: Int)
    case rsa(Insecure.RSA.PublicKey)
    case es256(ES256PublicKey)
    case es384(ES384PublicKey)
    case es512(ES512PublicKey)
    case eddsa(EdDSA.PublicKey)

    /// The family of algorithms the key verifies.
    var family: JWTKeyFamily {
        switch self {
        case .hmac: .hmac
        case .rsa: .rsa
        case .es256: .ecdsaP256
        case .es384: .ecdsaP384
        case .es512: .ecdsaP521
        case .eddsa: .ed25519
        }
    }

    /// What a PASERK conversion needs: the raw Ed25519 key, or the P-384 coordinates.
    var material: PublicKeyMaterial {
        switch self {
        case .eddsa(let key): return .ed25519(Array(key.rawRepresentation))
        case .es384(let key):
            guard let parameters = key.parameters, let x = Base64URL.decode(parameters.x),
                let y = Base64URL.decode(parameters.y)
            else { return .other }
            return .ecdsaP384(x: x, y: y)
        default: return .other
        }
    }

    /// jwt-kit's verifier for each of `algorithms` (all of this key's family), obtained through a
    /// `JWTKeyCollection` holding this key alone, so jwt-kit's `kid` fallback has nothing to fall back to.
    /// HMAC algorithms whose hash is longer than the secret are left out (RFC 7518 §3.2).
    func verifiers(for algorithms: [JWSAlgorithm]) async throws -> [JWSAlgorithm: any JWTAlgorithm] {
        let collection = JWTKeyCollection()
        var verifiers: [JWSAlgorithm: any JWTAlgorithm] = [:]
        for algorithm in algorithms where algorithm.family == family {
            let kid = JWKIdentifier(string: algorithm.name)
            switch self {
            case .hmac(let key, let byteCount):
                guard byteCount >= algorithm.hashByteCount else { continue }
                await collection.add(hmac: key, digestAlgorithm: Self.digest(algorithm), kid: kid)
            case .rsa(let key) where algorithm.isPSS:
                await collection.add(pss: key, digestAlgorithm: Self.digest(algorithm), kid: kid)
            case .rsa(let key): await collection.add(rsa: key, digestAlgorithm: Self.digest(algorithm), kid: kid)
            case .es256(let key): await collection.add(ecdsa: key, kid: kid)
            case .es384(let key): await collection.add(ecdsa: key, kid: kid)
            case .es512(let key): await collection.add(ecdsa: key, kid: kid)
            case .eddsa(let key): await collection.add(eddsa: key, kid: kid)
            }
            let verifier = try await collection.getKey(for: kid)
            guard verifier.name == algorithm.name else {
                throw JWTCompatError.make(.unsupportedKey, "jwt-kit offered \(verifier.name) for \(algorithm)")
            }
            verifiers[algorithm] = verifier
        }
        return verifiers
    }

    private static func digest(_ algorithm: JWSAlgorithm) -> DigestAlgorithm {
        switch algorithm.hashByteCount {
        case 48: .sha384
        case 64: .sha512
        default: .sha256
        }
    }
}

/// Public key bytes a PASERK conversion can use.
///
/// A struct with a payload-free `kind`, not an enum with array payloads: Swift packs a multi-payload enum's case
/// tag into spare high bits of a payload's reference (`.ecdsaP384(x:y:)` stored `y` as its address with bit 62
/// set), and LeakSanitizer follows only plain addresses. It then reported the P-384 coordinate of any live
/// ``JWTKeySet`` as leaked, in FuzzJWT (issue 11) and in any program that keeps a P-384 key set alive under
/// LeakSanitizer. Here the one reference is a plain array.
struct PublicKeyMaterial: Sendable {
    enum Kind: Sendable {
        case ed25519, ecdsaP384, other
    }

    let kind: Kind
    /// Ed25519: the 32-byte public key. P-384: the point in compressed SEC1 form, 0x02 or 0x03 (the parity of
    /// y) then the 48 bytes of x, which is what PASERK `k3.public` holds. Other keys: empty.
    let bytes: [UInt8]

    static let other = PublicKeyMaterial(kind: .other, bytes: [])

    static func ed25519(_ raw: [UInt8]) -> PublicKeyMaterial {
        PublicKeyMaterial(kind: .ed25519, bytes: raw)
    }

    static func ecdsaP384(x: [UInt8], y: [UInt8]) -> PublicKeyMaterial {
        let prefix: UInt8 = (y.last ?? 0) & 1 == 0 ? 0x02 : 0x03
        return PublicKeyMaterial(kind: .ecdsaP384, bytes: [prefix] + x)
    }
}
