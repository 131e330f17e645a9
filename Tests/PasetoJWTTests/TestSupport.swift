import Foundation
import JWTKit
import PasetoJWT
import PasetoKit
import Testing

/// The files in `Fixtures/` (copied into the test bundle).
enum Fixture {
    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name)
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: try url(name)))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    static func keys(_ name: String) async throws -> JWTKeySet {
        try await JWTKeySet.load(contentsOf: try bytes(name))
    }

    /// A member of `legacy-tokens.json`: tokens and secrets made by `make-legacy-tokens.py` (python
    /// `cryptography`), independently of jwt-kit.
    static func legacy(_ name: String) throws -> String {
        let object = try JSONDecoder().decode([String: String].self, from: Data(try bytes("legacy-tokens.json")))
        return try #require(object[name], "no \(name) in legacy-tokens.json")
    }
}

/// Compact tokens from header and payload text, signed by a jwt-kit algorithm or given raw signature bytes.
enum TokenBuilder {
    static let farFuture = 4_102_444_800  // 2100-01-01T00:00:00Z
    static let payload = #"{"sub":"alice","exp":4102444800}"#

    static func header(_ alg: String, _ extra: String = "") -> String {
        #"{"alg":"\#(alg)","typ":"JWT"\#(extra)}"#
    }

    static func signingInput(header: String, payload: String) -> String {
        Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(payload.utf8))
    }

    static func token(header: String, payload: String, signature: [UInt8]) -> String {
        signingInput(header: header, payload: payload) + "." + Base64URL.encode(signature)
    }

    static func signed(header: String, payload: String = payload, by signer: any JWTAlgorithm) throws -> String {
        let input = signingInput(header: header, payload: payload)
        return input + "." + Base64URL.encode(try signer.sign(Array(input.utf8)))
    }

    /// The token's signature bytes.
    static func signature(of token: String) throws -> [UInt8] {
        let segment = try #require(token.split(separator: ".", omittingEmptySubsequences: false).last)
        return try #require(Base64URL.decode(segment))
    }

    /// `token` with its signature replaced.
    static func replacingSignature(of token: String, with signature: [UInt8]) -> String {
        token.split(separator: ".").dropLast().joined(separator: ".") + "." + Base64URL.encode(signature)
    }
}

/// jwt-kit signers over the fixture private keys (and HMAC secrets), obtained the way PasetoJWT obtains
/// verifiers: one key in a `JWTKeyCollection`, then `getKey`.
enum Signers {
    static func hmac(_ secret: [UInt8], _ algorithm: JWSAlgorithm) async throws -> any JWTAlgorithm {
        let digest: DigestAlgorithm = algorithm == .hs256 ? .sha256 : algorithm == .hs384 ? .sha384 : .sha512
        return try await JWTKeyCollection().add(hmac: HMACKey(from: secret), digestAlgorithm: digest, kid: "k")
            .getKey(for: "k")
    }

    static func make(_ algorithm: JWSAlgorithm) async throws -> any JWTAlgorithm {
        let collection = JWTKeyCollection()
        let digest: DigestAlgorithm =
            algorithm.name.hasSuffix("256") ? .sha256 : algorithm.name.hasSuffix("384") ? .sha384 : .sha512
        switch algorithm.family {
        case .hmac:
            return try await hmac(Array(repeating: 0x61, count: 64), algorithm)
        case .rsa:
            let key = try Insecure.RSA.PrivateKey(pem: try Fixture.text("rsa-private.pem"))
            if algorithm.name.hasPrefix("PS") {
                await collection.add(pss: key, digestAlgorithm: digest, kid: "k")
            } else {
                await collection.add(rsa: key, digestAlgorithm: digest, kid: "k")
            }
        case .ecdsaP256:
            await collection.add(ecdsa: try ES256PrivateKey(pem: try Fixture.text("ec-p256-private.pem")), kid: "k")
        case .ecdsaP384:
            await collection.add(ecdsa: try ES384PrivateKey(pem: try Fixture.text("ec-p384-private.pem")), kid: "k")
        case .ecdsaP521:
            await collection.add(ecdsa: try ES512PrivateKey(pem: try Fixture.text("ec-p521-private.pem")), kid: "k")
        default:
            await collection.add(eddsa: try EdDSA.PrivateKey(pem: try Fixture.text("ed25519-private.pem")), kid: "k")
        }
        return try await collection.getKey(for: "k")
    }
}

/// Expects `body` to throw a ``JWTCompatError`` with `code`.
func expectRefusal(
    _ code: JWTCompatError.Code,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) {
    do {
        try body()
        Issue.record("expected \(code), but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as JWTCompatError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected \(code), got \(error)", sourceLocation: sourceLocation)
    }
}

/// Expects `body` to throw a ``JWTCompatError`` with `code` (async).
func expectRefusal(
    _ code: JWTCompatError.Code,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> Void
) async {
    do {
        try await body()
        Issue.record("expected \(code), but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as JWTCompatError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected \(code), got \(error)", sourceLocation: sourceLocation)
    }
}
