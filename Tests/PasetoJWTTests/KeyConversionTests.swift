import PasetoJWT
import PasetoKit
import Testing

/// JWK, JWKS and PEM keys as PASERK where the algorithm maps.
@Suite("JWK to PASERK")
struct KeyConversionTests {
    @Test("Ed25519 becomes k4.public (or k2.public) holding the same 32 bytes; the token it signs verifies")
    func ed25519() async throws {
        let keys = try await Fixture.keys("ed25519.jwk.json")
        let v4 = try #require(keys.paserkConversions().first?.paserk)
        let v2 = try #require(keys.paserkConversions(ed25519Version: .v2).first?.paserk)
        #expect(v4.hasPrefix("k4.public."))
        #expect(v2.hasPrefix("k2.public."))
        #expect(v4.dropFirst(10) == v2.dropFirst(10))
        let pem = try await Fixture.keys("ed25519-private.pem")
        #expect(pem.paserkConversions().first?.paserk == v4)
        #expect(keys.paserkConversions(ed25519Version: .v3).first?.reason?.hasPrefix("not convertible") == true)
    }

    @Test("the RFC 8037 key converts to the k4.public of its x")
    func rfc8037() async throws {
        let jwk = #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#
        let keys = try await JWTKeySet.json(Array(jwk.utf8))
        #expect(keys.paserkConversions().first?.paserk == "k4.public.11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")
    }

    @Test("a JWKS converts key by key, with a reason for each key that does not map")
    func keySet() async throws {
        let conversions = try await Fixture.keys("jwks.json").paserkConversions()
        #expect(
            conversions.map(\.keyID) == ["rsa-1", "ec-p256", "ec-p384", "ec-p521", "ed-1", "hmac-1", "rsa-enc", "x-1"]
        )
        #expect(
            conversions.filter { $0.paserk != nil }.map(\.keyID)
                == (PasetoKeyTypesProbe.hasV3 ? ["ec-p384", "ed-1"] : ["ed-1"])
        )
        for conversion in conversions where conversion.paserk == nil {
            #expect(conversion.reason?.hasPrefix("not convertible: ") == true)
        }
        let p384 = try #require(conversions.first { $0.keyID == "ec-p384" })
        if !PasetoKeyTypesProbe.hasV3 {
            #expect(p384.reason == "not convertible: v3 keys are not supported by this build")
        }
    }
}

/// Whether this build reads v3 keys (another change may add them).
enum PasetoKeyTypesProbe {
    static let hasV3 = (try? AnyPasetoKey.generate(version: .v3, purpose: .public)) != nil
}
