import Foundation
import PasetoVectors
import Testing

@testable import PasetoKit

/// Wycheproof `xchacha20_poly1305_test.json` (read in place) through the AEAD behind `v2.local`: every valid
/// case encrypts to its ciphertext and tag and decrypts back; every invalid one (altered tags, edge cases,
/// and nonces of sizes other than 24 bytes, which libsodium cannot take) is rejected.
@Suite("XChaCha20-Poly1305 against Wycheproof")
struct XChaCha20Poly1305WycheproofTests {
    static let file = "wycheproof/xchacha20_poly1305_test.json"
    static let cases = WycheproofAEADCase.load(file)

    @Test("The file holds 315 tests: 246 valid, 69 invalid, 9 of them with a nonce size libsodium cannot take")
    func counts() {
        guard let decoded = WycheproofAEADFile.decode(Self.file) else {
            Issue.record("\(Self.file) is missing or unreadable. \(OfficialVectors.searchedDescription)")
            return
        }
        #expect(decoded.algorithm == "XCHACHA20-POLY1305")
        #expect(decoded.numberOfTests == 315)
        #expect(Self.cases.count == 315)
        #expect(Self.cases.filter(\.isValid).count == 246)
        #expect(Self.cases.filter { !$0.isValid }.count == 69)
        #expect(Self.cases.filter { $0.ivSize != 192 }.count == 9)
        #expect(Self.cases.filter { $0.ivSize != 192 }.allSatisfy { !$0.isValid })
        #expect(Set(Self.cases.map(\.tcId)).count == 315, "tcIds are unique")
        let rejected = Self.cases.filter { Self.open($0) == nil }
        #expect(rejected.count == 69)
        #expect(Set(rejected.map(\.tcId)) == Set(Self.cases.filter { !$0.isValid }.map(\.tcId)))
    }

    @Test(
        "Valid cases encrypt to their ciphertext and tag and decrypt back; invalid ones are rejected",
        arguments: cases
    )
    func verdict(_ testCase: WycheproofAEADCase) throws {
        let opened = Self.open(testCase)
        guard testCase.isValid else {
            #expect(opened == nil, "\(testCase.comment) \(testCase.flags)")
            return
        }
        let key = try requireHex(testCase.key)
        let nonce = try requireHex(testCase.iv)
        let associatedData = try requireHex(testCase.aad)
        let message = try requireHex(testCase.msg)
        #expect(opened == message)
        let sealed = key.withUnsafeBytes { key in
            nonce.withUnsafeBytes { nonce in
                associatedData.withUnsafeBytes { associatedData in
                    message.withUnsafeBytes {
                        XChaCha20Poly1305.seal($0, associatedData: associatedData, nonce: nonce, key: key)
                    }
                }
            }
        }
        #expect(sealed == (try requireHex(testCase.ct)) + (try requireHex(testCase.tag)))
    }

    /// The plaintext of `ct ‖ tag`, or `nil` when the AEAD refuses it (or a field is not hex).
    static func open(_ testCase: WycheproofAEADCase) -> [UInt8]? {
        guard let key = Hex.decode(testCase.key), let nonce = Hex.decode(testCase.iv),
            let associatedData = Hex.decode(testCase.aad), let ciphertext = Hex.decode(testCase.ct),
            let tag = Hex.decode(testCase.tag)
        else { return nil }
        let sealed = ciphertext + tag
        return key.withUnsafeBytes { key in
            nonce.withUnsafeBytes { nonce in
                associatedData.withUnsafeBytes { associatedData in
                    sealed.withUnsafeBytes {
                        XChaCha20Poly1305.open($0, associatedData: associatedData, nonce: nonce, key: key)
                    }
                }
            }
        }
    }
}

/// One Wycheproof AEAD test with its group's nonce size.
struct WycheproofAEADCase: Sendable, CustomTestStringConvertible {
    let tcId: Int
    let comment: String
    let flags: [String]
    let ivSize: Int
    let key: String
    let iv: String
    let aad: String
    let msg: String
    let ct: String
    let tag: String
    let result: String

    var isValid: Bool { result == "valid" }
    var testDescription: String { "tcId \(tcId) (\(result)\(comment.isEmpty ? "" : ": \(comment)"))" }

    /// Every test of `relativePath`; empty when the file is missing (the count test says so).
    static func load(_ relativePath: String) -> [WycheproofAEADCase] {
        guard let file = WycheproofAEADFile.decode(relativePath) else { return [] }
        return file.testGroups.flatMap { group in
            group.tests.map {
                WycheproofAEADCase(
                    tcId: $0.tcId,
                    comment: $0.comment,
                    flags: $0.flags,
                    ivSize: group.ivSize,
                    key: $0.key,
                    iv: $0.iv,
                    aad: $0.aad,
                    msg: $0.msg,
                    ct: $0.ct,
                    tag: $0.tag,
                    result: $0.result
                )
            }
        }
    }
}

/// The parts of a Wycheproof `aead_test_schema` file the tests read.
struct WycheproofAEADFile: Decodable {
    struct Group: Decodable {
        struct Test: Decodable {
            let tcId: Int
            let comment: String
            let flags: [String]
            let key: String
            let iv: String
            let aad: String
            let msg: String
            let ct: String
            let tag: String
            let result: String
        }
        let ivSize: Int
        let keySize: Int
        let tagSize: Int
        let tests: [Test]
    }

    let algorithm: String
    let numberOfTests: Int
    let testGroups: [Group]

    static func decode(_ relativePath: String) -> WycheproofAEADFile? {
        guard let url = OfficialVectors.url(relativePath), let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(WycheproofAEADFile.self, from: data)
    }
}
