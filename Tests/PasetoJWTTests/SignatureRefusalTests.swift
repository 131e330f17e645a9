import Crypto
import Foundation
import PasetoJWT
import PasetoKit
import Testing

/// Refusals decided by the signature: its exact encoding first, then the check itself.
@Suite("signature refusals")
struct SignatureRefusalTests {
    /// P-256's group order n, big-endian.
    static let p256Order: [UInt8] = Array(
        Data(base64Encoded: "/////wAAAAD//////////7zm+q2nF56E87nKwvxjJVE=") ?? Data()
    )

    private func es256() async throws -> (verifier: JWTVerifier, token: String) {
        let verifier = JWTVerifier(keys: try await Fixture.keys("ec-p256-public.pem"))
        let token = try TokenBuilder.signed(header: TokenBuilder.header("ES256"), by: try await Signers.make(.es256))
        return (verifier, token)
    }

    @Test("an ES256 token signed by jwt-kit verifies")
    func valid() async throws {
        let (verifier, token) = try await es256()
        #expect(try verifier.verify(token, rules: nil).signature.algorithm == .es256)
    }

    @Test("the psychic signature r = s = 0 (CVE-2022-21449) is refused as an encoding, before any check")
    func psychicSignature() async throws {
        let (verifier, token) = try await es256()
        expectRefusal(.invalidSignatureEncoding) {
            _ = try verifier.verify(
                TokenBuilder.replacingSignature(of: token, with: Array(repeating: 0, count: 64)),
                rules: nil
            )
        }
    }

    @Test("r or s equal to zero or to n, or above it, is refused")
    func outOfRange() async throws {
        let (verifier, token) = try await es256()
        let signature = try TokenBuilder.signature(of: token)
        let r = Array(signature[..<32])
        let s = Array(signature[32...])
        let zero = [UInt8](repeating: 0, count: 32)
        let ones = [UInt8](repeating: 0xFF, count: 32)
        for bad in [zero + s, r + zero, Self.p256Order + s, r + Self.p256Order, ones + s, r + ones] {
            expectRefusal(.invalidSignatureEncoding) {
                _ = try verifier.verify(TokenBuilder.replacingSignature(of: token, with: bad), rules: nil)
            }
        }
    }

    @Test("a DER-encoded ECDSA signature is refused: JWS signatures are raw r||s")
    func derSignature() async throws {
        let (verifier, token) = try await es256()
        let signature = try TokenBuilder.signature(of: token)
        let der = try P256.Signing.ECDSASignature(rawRepresentation: signature).derRepresentation
        expectRefusal(.invalidSignatureEncoding) {
            _ = try verifier.verify(TokenBuilder.replacingSignature(of: token, with: Array(der)), rules: nil)
        }
    }

    @Test("an ECDSA signature of the wrong length is refused", arguments: [0, 1, 63, 65, 96, 132])
    func wrongLength(length: Int) async throws {
        let (verifier, token) = try await es256()
        let signature = try TokenBuilder.signature(of: token)
        let resized = Array((signature + signature + signature).prefix(length))
        expectRefusal(.invalidSignatureEncoding) {
            _ = try verifier.verify(TokenBuilder.replacingSignature(of: token, with: resized), rules: nil)
        }
    }

    @Test("a high-S signature (s' = n - s) is accepted: RFC 7518 does not require low-S, RFC 7515 A.3 is high-S")
    func highS() async throws {
        let (verifier, token) = try await es256()
        let signature = try TokenBuilder.signature(of: token)
        let highS = Array(signature[..<32]) + Self.subtract(Array(signature[32...]), from: Self.p256Order)
        #expect(highS != signature)
        #expect(throws: Never.self) {
            _ = try verifier.verify(TokenBuilder.replacingSignature(of: token, with: highS), rules: nil)
        }
    }

    @Test("EdDSA and HMAC signatures of the wrong length are refused as encodings")
    func otherLengths() async throws {
        let ed = JWTVerifier(keys: try await Fixture.keys("ed25519-public.pem"))
        let edToken = try TokenBuilder.signed(header: TokenBuilder.header("EdDSA"), by: try await Signers.make(.eddsa))
        let secret = [UInt8](repeating: 0x61, count: 64)
        let hmac = JWTVerifier(keys: try await JWTKeySet.hmacSecret(secret))
        let hsToken = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            by: try await Signers.hmac(secret, .hs256)
        )
        for (verifier, token) in [(ed, edToken), (hmac, hsToken)] {
            let signature = try TokenBuilder.signature(of: token)
            expectRefusal(.invalidSignatureEncoding) {
                _ = try verifier.verify(
                    TokenBuilder.replacingSignature(of: token, with: signature.dropLast()),
                    rules: nil
                )
            }
        }
    }

    @Test("a changed signature, payload or header byte fails the signature check", arguments: JWSAlgorithm.all)
    func tampered(algorithm: JWSAlgorithm) async throws {
        let verifier = try await AlgorithmTests.verifier(for: algorithm)
        let token = try TokenBuilder.signed(
            header: TokenBuilder.header(algorithm.name),
            by: try await Signers.make(algorithm)
        )
        #expect(throws: Never.self) { _ = try verifier.verify(token, rules: nil) }
        var signature = try TokenBuilder.signature(of: token)
        signature[signature.count / 2] ^= 0x01
        expectRefusal(.signatureInvalid) {
            _ = try verifier.verify(TokenBuilder.replacingSignature(of: token, with: signature), rules: nil)
        }
        let otherPayload = TokenBuilder.signingInput(
            header: TokenBuilder.header(algorithm.name),
            payload: #"{"sub":"mallory","exp":4102444800}"#
        )
        let forged = otherPayload + "." + Base64URL.encode(try TokenBuilder.signature(of: token))
        expectRefusal(.signatureInvalid) { _ = try verifier.verify(forged, rules: nil) }
    }

    @Test("a token signed by another key of the same family fails the signature check")
    func wrongKey() async throws {
        let token = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            by: try await Signers.hmac(Array(repeating: 0x62, count: 32), .hs256)
        )
        let verifier = JWTVerifier(keys: try await JWTKeySet.hmacSecret(Array(repeating: 0x61, count: 32)))
        expectRefusal(.signatureInvalid) { _ = try verifier.verify(token, rules: nil) }
    }

    @Test("HMAC secrets shorter than the hash output are refused (RFC 7518 §3.2)")
    func weakHMAC() async throws {
        await expectRefusal(.weakHMACKey) { _ = try await JWTKeySet.hmacSecret(Array("short-secret".utf8)) }
        await expectRefusal(.weakHMACKey) { _ = try await JWTKeySet.hmacSecret(Array(repeating: 0x61, count: 31)) }
        // A 32-byte secret serves HS256, but not HS384 or HS512. These tokens are made with swift-crypto:
        // jwt-kit asserts on short HMAC keys in debug builds.
        let secret = [UInt8](repeating: 0x61, count: 32)
        let verifier = JWTVerifier(keys: try await JWTKeySet.hmacSecret(secret))
        for (algorithm, mac) in [("HS384", Self.hmac384(secret)), ("HS512", Self.hmac512(secret))] {
            let header = TokenBuilder.header(algorithm)
            let token = TokenBuilder.token(header: header, payload: TokenBuilder.payload, signature: mac(header))
            expectRefusal(.weakHMACKey) { _ = try verifier.verify(token, rules: nil) }
        }
    }

    private static func hmac384(_ secret: [UInt8]) -> (String) -> [UInt8] {
        { header in
            let input = TokenBuilder.signingInput(header: header, payload: TokenBuilder.payload)
            return Array(HMAC<SHA384>.authenticationCode(for: Array(input.utf8), using: SymmetricKey(data: secret)))
        }
    }

    private static func hmac512(_ secret: [UInt8]) -> (String) -> [UInt8] {
        { header in
            let input = TokenBuilder.signingInput(header: header, payload: TokenBuilder.payload)
            return Array(HMAC<SHA512>.authenticationCode(for: Array(input.utf8), using: SymmetricKey(data: secret)))
        }
    }

    /// `minuend - subtrahend` for big-endian numbers of the same width (minuend larger).
    static func subtract(_ subtrahend: [UInt8], from minuend: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: minuend.count)
        var borrow = 0
        for index in stride(from: minuend.count - 1, through: 0, by: -1) {
            var digit = Int(minuend[index]) - Int(subtrahend[index]) - borrow
            borrow = digit < 0 ? 1 : 0
            if digit < 0 { digit += 256 }
            result[index] = UInt8(digit)
        }
        return result
    }
}
