import PasetoVectors
import Testing

@testable import PasetoKit

/// The official k2 and k4 `seal`, `local-wrap.pie`, `secret-wrap.pie`, `local-pw` and `secret-pw` vectors
/// through each version's own typed API, with the error code every expect-fail case must raise: a PASERK of
/// another version is `key-mismatch` (before any cryptography), an altered tag or a wrong password is
/// `authentication-failed`.
@Suite("Official PASERK k2/k4 seal, wrap and password vectors")
struct OfficialPASERKWrapVectorTests {
    static func cases(_ type: String) -> [OfficialVectorCase<PASERKVector>] {
        ["k2", "k4"].flatMap { OfficialVectors.paserkCases("paserk/\($0).\(type).json") }
    }

    /// The code an expect-fail case raises: `key-mismatch` for another version's PASERK; `invalid-key` when
    /// its data is not canonical base64url (the "bad tag" cases of both `secret-wrap.pie` files and both
    /// `secret-pw` files also set leftover bits in their last character, which the strict decoder refuses
    /// before any cryptography, as 4-F-4 requires for tokens); else `authentication-failed`.
    static func failureCode(_ testCase: OfficialVectorCase<PASERKVector>) -> PasetoError.Code {
        let prefix = String(testCase.file.prefix(3))  // "k2." or "k4."
        guard let paserk = testCase.vector.paserk, paserk.hasPrefix(prefix) else { return .keyMismatch }
        let data = paserk.split(separator: ".").last ?? ""
        return Base64URL.decode(data) == nil ? .invalidKey : .authenticationFailed
    }

    @Test("Four \"bad tag\" vectors are also non-canonical base64url; the other bad-tag cases reach the tag check")
    func nonCanonicalBadTags() {
        let failing =
            (Self.cases("seal") + Self.cases("local-wrap.pie") + Self.cases("secret-wrap.pie")
            + Self.cases("local-pw") + Self.cases("secret-pw")).filter(\.vector.expectFail)
        let nonCanonical = failing.filter { Self.failureCode($0) == .invalidKey }.map(\.vector.name)
        #expect(
            Set(nonCanonical) == [
                "k2.secret-wrap.pie-fail-1", "k4.secret-wrap.pie-fail-1", "k2.secret-pw-fail-2", "k4.secret-pw-fail-2",
            ]
        )
        #expect(failing.filter { Self.failureCode($0) == .authenticationFailed }.count == 10)
        #expect(failing.filter { Self.failureCode($0) == .keyMismatch }.count == 10)
    }

    static func api(_ testCase: OfficialVectorCase<PASERKVector>) -> SodiumPASERKAPI {
        .of(testCase.file.hasPrefix("k2.") ? .v2 : .v4)
    }

    @Test("The argument lists hold every case of the ten files")
    func counts() {
        #expect(Self.cases("seal").count == 8)
        #expect(Self.cases("local-wrap.pie").count + Self.cases("secret-wrap.pie").count == 16)
        #expect(Self.cases("local-pw").count + Self.cases("secret-pw").count == 24)
    }

    @Test("seal: the secret key unseals the vector's key; a fresh seal round-trips", arguments: cases("seal"))
    func seal(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let api = Self.api(testCase)
        let paserk = try #require(vector.paserk)
        let secretKey = try requireHex(vector.sealingSecretKey)
        let publicKey = try requireHex(vector.sealingPublicKey)
        guard !vector.expectFail else {
            expectPasetoError(Self.failureCode(testCase)) { try api.unseal(paserk, secretKey) }
            return
        }
        let unsealed = try requireHex(vector.unsealed)
        #expect(try api.unseal(paserk, secretKey) == unsealed)
        let fresh = try api.seal(unsealed, publicKey)
        #expect(fresh.hasPrefix(String(testCase.file.prefix(3)) + "seal."))
        #expect(fresh != paserk, "a fresh ephemeral key each time")
        #expect(try api.unseal(fresh, secretKey) == unsealed)
    }

    @Test(
        "local-wrap.pie and secret-wrap.pie: the wrapping key unwraps the vector's key; a fresh wrap round-trips",
        arguments: cases("local-wrap.pie") + cases("secret-wrap.pie")
    )
    func wrap(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let api = Self.api(testCase)
        let isLocal = testCase.file.contains("local-wrap")
        let unwrap = isLocal ? api.unwrapLocal : api.unwrapSecret
        let paserk = try #require(vector.paserk)
        let wrappingKey = try requireHex(vector.wrappingKey)
        guard !vector.expectFail else {
            expectPasetoError(Self.failureCode(testCase)) { try unwrap(paserk, wrappingKey) }
            return
        }
        let unwrapped = try requireHex(vector.unwrapped)
        #expect(try unwrap(paserk, wrappingKey) == unwrapped)
        let fresh = try (isLocal ? api.wrapLocal : api.wrapSecret)(unwrapped, wrappingKey)
        #expect(fresh != paserk, "a fresh nonce each time")
        #expect(try unwrap(fresh, wrappingKey) == unwrapped)
    }

    @Test(
        "local-pw and secret-pw: the password (UTF-8 text, even when it looks like hex) unwraps the vector's key",
        arguments: cases("local-pw") + cases("secret-pw")
    )
    func password(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let api = Self.api(testCase)
        let unwrap = testCase.file.contains("local-pw") ? api.unwrapLocalPassword : api.unwrapSecretPassword
        let paserk = try #require(vector.paserk)
        let password = PASERKPassword(try #require(vector.password))
        guard !vector.expectFail else {
            expectPasetoError(Self.failureCode(testCase)) { try unwrap(paserk, password) }
            return
        }
        #expect(try unwrap(paserk, password) == requireHex(vector.unwrapped))
    }
}
