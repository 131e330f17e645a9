import Foundation
import JWTKit
import PasetoJWT
import PasetoKit
import Testing

/// A JWT `kid` selects a key by its exact bytes (RFC 7515 §5.3), never after Unicode normalisation.
@Suite("kid matched as exact bytes")
struct KeyIDExactMatchTests {
    /// A JWKS of two Ed25519 keys whose kids are "é" precomposed (another key) and "e" + U+0301 (the fixture
    /// key), written with JSON escapes so that no tool normalises the source.
    private func keys() async throws -> JWTKeySet {
        let fixture = try Fixture.text("ed25519.jwk.json")
        let fixtureX = try #require(
            fixture.split(separator: "\"").drop { $0 != "x" }.dropFirst(2).first.map(String.init)
        )
        let other = PasetoV4.Public.SecretKey.generate().publicKey.exportPASERK().dropFirst("k4.public.".count)
        let jwks = """
            {"keys":[
            {"kty":"OKP","crv":"Ed25519","kid":"\\u00e9","x":"\(other)"},
            {"kty":"OKP","crv":"Ed25519","kid":"e\\u0301","x":"\(fixtureX)"}
            ]}
            """
        return try await JWTKeySet.load(contentsOf: Array(jwks.utf8))
    }

    private func token(kid: String) async throws -> String {
        try TokenBuilder.signed(
            header: TokenBuilder.header("EdDSA", #","kid":"\#(kid)""#),
            by: try await Signers.make(.eddsa)
        )
    }

    @Test("two keys whose kids are canonically equivalent but byte-different both load")
    func bothLoad() async throws {
        let set = try await keys()
        #expect(set.keyIDs.count == 2)
    }

    @Test("each kid selects its own key: the decomposed kid verifies, the precomposed one picks the other key")
    func selection() async throws {
        let verifier = JWTVerifier(keys: try await keys())
        await #expect(throws: Never.self) { _ = try verifier.verify(try await token(kid: #"e\u0301"#), rules: nil) }
        await #expect(throws: JWTCompatError.self) {
            _ = try verifier.verify(try await token(kid: #"\u00e9"#), rules: nil)
        }
    }

    @Test("a single JWK refuses a kid that is only canonically equivalent to its own")
    func singleJWK() async throws {
        let fixture = try Fixture.text("ed25519.jwk.json").replacingOccurrences(of: #""ed-1""#, with: #""e\u0301""#)
        let verifier = JWTVerifier(keys: try await JWTKeySet.load(contentsOf: Array(fixture.utf8)))
        await #expect(throws: Never.self) { _ = try verifier.verify(try await token(kid: #"e\u0301"#), rules: nil) }
        await expectRefusal(.unknownKID) { _ = try verifier.verify(try await token(kid: #"\u00e9"#), rules: nil) }
    }
}
