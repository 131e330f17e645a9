import Foundation
import PasetoJWT
import PasetoKit
import Testing

/// `JWTVerifier.verify(_:as:rules:)`: the payload as your `Codable` type, through the strict decoder.
@Suite("typed JWT content")
struct TypedContentTests {
    struct Claims: Codable, Sendable, Equatable {
        var sub: String
        var exp: Int64
        var role: String?
        var scopes: [String]?
    }

    static let secret = [UInt8](repeating: 0x61, count: 64)
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func verify<T: Decodable & Sendable>(
        _ payload: String,
        as type: T.Type,
        rules: JWTClaimRules? = nil
    ) async throws -> VerifiedJWTClaims<T> {
        let token = try TokenBuilder.signed(
            header: TokenBuilder.header("HS256"),
            payload: payload,
            by: try await Signers.hmac(Self.secret, .hs256)
        )
        return try JWTVerifier(keys: try await JWTKeySet.hmacSecret(Self.secret)).verify(token, as: type, rules: rules)
    }

    @Test("the payload decodes as the type; registered claims come typed beside it", .bug(id: 11, "issue 11, item 17"))
    func typed() async throws {
        let jwt = try await verify(
            #"{"sub":"alice","exp":4102444800,"role":"admin","scopes":["read","write"],"other":{"x":1}}"#,
            as: Claims.self,
            rules: JWTClaimRules(issuer: nil, audience: nil, clock: FixedClock(Self.now))
        )
        #expect(jwt.content == Claims(sub: "alice", exp: 4_102_444_800, role: "admin", scopes: ["read", "write"]))
        #expect(jwt.claims.expiration?.floorSeconds == 4_102_444_800)
        #expect(jwt.signature.algorithm == .hs256)
        #expect("\(jwt)" == "VerifiedJWTClaims<Claims>")
    }

    @Test("strict: no coercion, so a number for a string or a fraction for an integer is invalid-payload")
    func strict() async throws {
        await expectRefusal(.invalidPayload) {
            _ = try await verify(#"{"sub":"alice","exp":4102444800,"role":7}"#, as: Claims.self)
        }
        await expectRefusal(.invalidPayload) {
            _ = try await verify(#"{"sub":"alice","exp":4102444800.5}"#, as: Claims.self)
        }
        await expectRefusal(.invalidPayload) { _ = try await verify(#"{"exp":4102444800}"#, as: Claims.self) }
        await expectRefusal(.duplicateClaim) {
            _ = try await verify(#"{"sub":"alice","sub":"admin","exp":4102444800}"#, as: Claims.self)
        }
    }

    @Test("the rules still apply before decoding")
    func rules() async throws {
        await expectRefusal(.expired) {
            _ = try await verify(
                #"{"sub":"alice","exp":1700000000}"#,
                as: Claims.self,
                rules: JWTClaimRules(issuer: nil, audience: nil, clock: FixedClock(Self.now))
            )
        }
        await expectRefusal(.issuerMismatch) {
            _ = try await verify(
                #"{"sub":"alice","iss":"other","exp":4102444800}"#,
                as: Claims.self,
                rules: JWTClaimRules(issuer: "auth", audience: nil, clock: FixedClock(Self.now))
            )
        }
    }
}
