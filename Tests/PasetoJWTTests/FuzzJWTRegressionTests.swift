import Crypto
import Foundation
import PasetoKit
import Testing

@testable import PasetoJWT

/// Inputs found by the FuzzJWT libFuzzer target (`make fuzz`, Docs/Security.md), each kept with its fix. The
/// inputs are also kept in `Fuzz/findings/FuzzJWT/`, which `Fuzz/run.sh` replays before fuzzing.
@Suite("FuzzJWT findings")
struct FuzzJWTRegressionTests {
    /// FuzzJWT, LeakSanitizer report after 31,295 executions (issue 11, `Fuzz/findings/FuzzJWT/leak-p384-sec1`):
    /// selector byte 0x01 (key file), then `Fixtures/ec-p384-sec1.pem` with two base64 characters of the
    /// private scalar mutated. The embedded public key still is the fixture's.
    static let leakInput =
        "AS0tLS0tQkVHSU4gRUMgUFJJVkFURSBLRVktLS0tLQpNSUdrQWdFQkJEQXVqU2dXS3QwczVNQ1V1Q0pIMHJhNWMzL3didmcyNUMwdUIx"
        + "SGlrK0gwR0tncGVMS1VLRnlICjh4WTdHUnVPOTF5Z0J3WUZLNEVFQUNLaFpBTmlBQVN5YnlaZmJFQU42dkI4aWRlYzJVdkRNM00zOW"
        + "tPN2FFUTYKTEMvSjh5YUs3QytrMlMyNUNLUEtDOG50MFRwR0NWUjJsdXV0UUZVSkZlVkpLR2dSNEJGeEpLMURIY1BTVk1BUApNMVVi"
        + "b3pabm5EMmJHTTVEVlBCaU9ZeW5ESXYzVVNjPQotLS0tLUVORCBFQyBQUklWQVRFIEtFWS0tLS0tCg=="

    /// The key file of `leakInput`, without the harness's selector byte.
    static func leakKeyFile() throws -> [UInt8] {
        let input = try #require(Data(base64Encoded: leakInput))
        #expect(input.first == 0x01)
        return Array(input.dropFirst())
    }

    /// Whether the word that references the material's bytes has no bit from 47 on set: a plain user-space
    /// address. Swift keeps a multi-payload enum's case tag in spare high bits of a payload reference, and
    /// LeakSanitizer does not follow such a tagged word. Only that word is read: the struct's padding bytes
    /// are uninitialised (under AddressSanitizer they hold anything).
    static func wordsArePlain(_ material: PublicKeyMaterial) -> Bool {
        guard let offset = MemoryLayout<PublicKeyMaterial>.offset(of: \PublicKeyMaterial.bytes) else { return false }
        return withUnsafeBytes(of: material) { raw in
            raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) >> 47 == 0
        }
    }

    @Test(
        "The mutated SEC1 P-384 key loads; its public half comes from its private scalar",
        .bug(id: 11, "FuzzJWT: LeakSanitizer report in JWTKitKey.material for a P-384 key file")
    )
    func mutatedSEC1Key() async throws {
        let file = try Self.leakKeyFile()
        let keys = try await JWTKeySet.load(contentsOf: file)
        #expect(keys.count == 1)
        // swift-crypto reads the scalar and ignores the SEC1 publicKey member, so the key is a different, valid
        // P-384 key, and its PASERK is that key's compressed point.
        let derived = try P384.Signing.PrivateKey(pemRepresentation: String(decoding: file, as: UTF8.self))
        let expected = "k3.public." + Base64URL.encode(Array(derived.publicKey.compressedRepresentation))
        #expect(keys.paserkConversions().map(\.paserk) == [expected])
        let original = try await Fixture.keys("ec-p384-sec1.pem")
        #expect(original.paserkConversions().first?.paserk != expected)
    }

    @Test(
        "A live key set keeps its PASERK material at plain addresses that LeakSanitizer follows",
        .bug(id: 11, "FuzzJWT: LeakSanitizer report in JWTKitKey.material for a P-384 key file")
    )
    func materialIsPlainlyReferenced() async throws {
        var sets = [("leak input", try await JWTKeySet.load(contentsOf: try Self.leakKeyFile()))]
        for name in [
            "ec-p384-sec1.pem", "ec-p384-public.pem", "ec-p384.jwk.json", "ed25519.jwk.json", "rsa-public.pem",
        ] {
            sets.append((name, try await Fixture.keys(name)))
        }
        sets.append(("HMAC", try await JWTKeySet.hmacSecret(Array(repeating: 7, count: 32))))
        for (name, keys) in sets {
            for entry in keys.entries {
                #expect(
                    Self.wordsArePlain(entry.material),
                    "\(name): a word of the PASERK material has high bits set (an enum case tag)"
                )
            }
        }
    }
}
