import Crypto
import PasetoJWT
import Testing

/// HMAC secrets shorter than the hash output: refused by default (RFC 7518 §3.2), admitted only on request so
/// that legacy tokens made with them can be verified and migrated away.
@Suite("short HMAC secrets")
struct ShortSecretTests {
    static let shortSecret = Array("legacy-16-bytes!".utf8)

    /// A token signed with swift-crypto's HMAC directly (jwt-kit's signer refuses short secrets).
    static func token(_ algorithm: JWSAlgorithm, secret: [UInt8]) -> String {
        let header = TokenBuilder.header(algorithm.name)
        let input = Array(TokenBuilder.signingInput(header: header, payload: TokenBuilder.payload).utf8)
        let key = SymmetricKey(data: secret)
        let mac: [UInt8] =
            switch algorithm {
            case .hs384: Array(HMAC<SHA384>.authenticationCode(for: input, using: key))
            case .hs512: Array(HMAC<SHA512>.authenticationCode(for: input, using: key))
            default: Array(HMAC<SHA256>.authenticationCode(for: input, using: key))
            }
        return TokenBuilder.token(header: header, payload: TokenBuilder.payload, signature: mac)
    }

    @Test("a 16-byte secret is refused by default with weak-hmac-key")
    func refusedByDefault() async throws {
        await expectRefusal(.weakHMACKey) { _ = try await JWTKeySet.hmacSecret(Self.shortSecret) }
    }

    @Test(
        "allowingShortSecret verifies HS256 and HS512 tokens signed by python with a 16-byte secret, with a warning",
        .bug(id: 11, "issue 11, item 5")
    )
    func allowed() async throws {
        let keys = try await JWTKeySet.hmacSecret(Self.shortSecret, allowingShortSecret: true)
        let verifier = JWTVerifier(keys: keys)
        for name in ["short-secret-hs256", "short-secret-hs512"] {
            let verified = try verifier.verify(
                try Fixture.legacy(name),
                rules: JWTClaimRules(issuer: nil, audience: nil)
            )
            #expect(verified.claims.subject == "alice", "\(name)")
        }
        let warning = try #require(keys.shortSecretWarning)
        #expect(warning.contains("16 bytes"))
        #expect(!warning.contains("legacy-16-bytes!"))
        #expect(!"\(keys)".contains("legacy-16-bytes!"))
    }

    @Test("an admitted short secret still refuses wrong signatures and tokens of another secret")
    func stillChecks() async throws {
        let verifier = JWTVerifier(keys: try await JWTKeySet.hmacSecret(Self.shortSecret, allowingShortSecret: true))
        let token = try Fixture.legacy("short-secret-hs256")
        var signature = try TokenBuilder.signature(of: token)
        signature[31] ^= 0x80
        expectRefusal(.signatureInvalid) {
            _ = try verifier.verify(TokenBuilder.replacingSignature(of: token, with: signature), rules: nil)
        }
        let forged = Self.token(.hs384, secret: Array("legacy-16-bytes?".utf8))
        expectRefusal(.signatureInvalid) { _ = try verifier.verify(forged, rules: nil) }
        #expect(throws: Never.self) {
            _ = try verifier.verify(Self.token(.hs384, secret: Self.shortSecret), rules: nil)
        }
    }

    @Test("a 40-byte secret: HS256 as always, HS384/HS512 only when allowed; no warning when nothing is short")
    func partlyShort() async throws {
        let secret = [UInt8](repeating: 0x62, count: 40)
        let hs512 = Self.token(.hs512, secret: secret)
        let strict = JWTVerifier(keys: try await JWTKeySet.hmacSecret(secret))
        expectRefusal(.weakHMACKey) { _ = try strict.verify(hs512, rules: nil) }
        #expect(strict.keys.shortSecretWarning == nil)
        let lenient = JWTVerifier(keys: try await JWTKeySet.hmacSecret(secret, allowingShortSecret: true))
        #expect(throws: Never.self) { _ = try lenient.verify(hs512, rules: nil) }
        let hs256 = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            by: try await Signers.hmac(secret, .hs256)
        )
        #expect(throws: Never.self) { _ = try lenient.verify(hs256, rules: nil) }
        #expect(lenient.keys.shortSecretWarning?.contains("HS384") == true)
        let full = try await JWTKeySet.hmacSecret([UInt8](repeating: 0x63, count: 64), allowingShortSecret: true)
        #expect(full.shortSecretWarning == nil)
    }

    @Test("an empty secret is refused even when short secrets are allowed")
    func emptyRefused() async throws {
        await expectRefusal(.weakHMACKey) { _ = try await JWTKeySet.hmacSecret([], allowingShortSecret: true) }
    }
}
