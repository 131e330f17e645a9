import JWTKit
import PasetoKit

/// Reads one JWK (RFC 7517, RFC 7518 §6, RFC 8037) from a strictly parsed JSON object into a public
/// verification key with jwt-kit's key types. Private members (`d`, `p`, `q`, …) are never read.
enum JWKReader {
    /// A JWK this build reads, with what the key set needs besides the key.
    struct Key {
        let key: JWTKitKey
        let keyID: String?
        let pinnedAlgorithm: JWSAlgorithm?
    }

    /// The key in `object`.
    ///
    /// - Throws: ``JWTCompatError`` `invalid-key` for a malformed JWK, `unsupported-key` for a well-formed
    ///   one that cannot verify JWS signatures here (`oct`, `use` other than `sig`, Ed448, an `alg` such as
    ///   `RSA-OAEP`).
    static func read(_ object: JSONObject) throws -> Key {
        let keyID = try string("kid", in: object)
        guard let type = try string("kty", in: object) else { throw invalid("a JWK needs kty") }
        if let use = try string("use", in: object), use != "sig" {
            throw unsupported("its use is \(use), not sig")
        }
        switch object["key_ops"] {
        case nil: break
        case .array(let operations)?:
            guard operations.contains(.string("verify")) else { throw unsupported("its key_ops do not include verify") }
        case let other?: throw invalid("the JWK member key_ops must be an array, not \(other.kindWithArticle)")
        }
        var pinned: JWSAlgorithm?
        if let name = try string("alg", in: object) {
            guard let algorithm = JWSAlgorithm(name: name) else {
                throw unsupported("its alg \(name) is no JWS algorithm")
            }
            pinned = algorithm
        }
        let key: JWTKitKey
        switch type {
        case "RSA":
            guard let modulus = try string("n", in: object), let exponent = try string("e", in: object),
                try coordinate(modulus) != nil, try coordinate(exponent) != nil
            else { throw invalid("an RSA JWK needs n and e") }
            key = .rsa(try build { try Insecure.RSA.PublicKey(modulus: modulus, exponent: exponent) })
        case "EC":
            key = try ecKey(curve: try string("crv", in: object), object: object)
        case "OKP":
            let curve = try string("crv", in: object) ?? "none"
            guard curve == "Ed25519" else { throw unsupported("its curve is \(curve); only Ed25519 signs JWS here") }
            guard let x = try string("x", in: object), try coordinate(x)?.count == 32 else {
                throw invalid("an Ed25519 JWK needs x of 32 bytes")
            }
            key = .eddsa(try build { try EdDSA.PublicKey(x: x, curve: .ed25519) })
        case "oct":
            throw unsupported("symmetric (oct) keys are not read from JWKs; pass the HMAC secret itself")
        default:
            throw unsupported("its kty \(type) is not RSA, EC or OKP")
        }
        if let pinned, pinned.family != key.family {
            throw invalid("its alg \(pinned) does not fit a \(key.family) key")
        }
        return Key(key: key, keyID: keyID, pinnedAlgorithm: pinned)
    }

    private static func ecKey(curve: String?, object: JSONObject) throws -> JWTKitKey {
        let sizes = ["P-256": 32, "P-384": 48, "P-521": 66]
        guard let curve, let size = sizes[curve] else {
            throw unsupported("its curve \(curve ?? "(none)") is not P-256, P-384 or P-521")
        }
        guard let x = try string("x", in: object), let y = try string("y", in: object),
            try coordinate(x)?.count == size, try coordinate(y)?.count == size
        else { throw invalid("a \(curve) JWK needs x and y of \(size) bytes each") }
        return try build {
            switch size {
            case 32: .es256(try ES256PublicKey(parameters: (x, y)))
            case 48: .es384(try ES384PublicKey(parameters: (x, y)))
            default: .es512(try ES512PublicKey(parameters: (x, y)))
            }
        }
    }

    private static func build<T>(_ make: () throws -> T) throws -> T {
        do {
            return try make()
        } catch let error as JWTCompatError {
            throw error
        } catch {
            throw JWTCompatError.make(
                .invalidKey,
                "the JWK is not a valid public key (a point off the curve, or RSA under 2048 bits)",
                underlying: error
            )
        }
    }

    /// The decoded bytes of a base64url member, or `nil` when it is not strict unpadded base64url.
    private static func coordinate(_ text: String) throws -> [UInt8]? {
        guard let bytes = Base64URL.decode(text), !bytes.isEmpty else {
            throw invalid("a JWK member is not strict unpadded base64url")
        }
        return bytes
    }

    private static func string(_ name: String, in object: JSONObject) throws -> String? {
        switch object[name] {
        case nil: return nil
        case .string(let text): return text
        case let other?: throw invalid("the JWK member \(name) must be a string, not \(other.kindWithArticle)")
        }
    }

    private static func invalid(_ message: String) -> JWTCompatError {
        JWTCompatError.make(.invalidKey, message)
    }

    private static func unsupported(_ reason: String) -> JWTCompatError {
        JWTCompatError.make(.unsupportedKey, "the JWK cannot verify signatures here: \(reason)")
    }
}
