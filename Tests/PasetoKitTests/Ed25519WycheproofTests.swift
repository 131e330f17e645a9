import Foundation
import PasetoKit
import PasetoVectors
import Testing

/// Wycheproof `ed25519_test.json` (read in place): every valid signature verifies and every invalid one (bad
/// encodings, non-canonical S, truncated or padded signatures, small-order points) is refused, through
/// ``Ed25519`` and through a ``PasetoV4/Public/PublicKey``.
@Suite("Ed25519 against Wycheproof")
struct Ed25519WycheproofTests {
    static let file = "wycheproof/ed25519_test.json"
    static let cases = WycheproofEd25519Case.load(file)

    @Test("The file holds 151 tests: 88 valid, 63 invalid")
    func counts() {
        guard OfficialVectors.directory != nil else {
            Issue.record("\(OfficialVectors.searchedDescription)")
            return
        }
        guard let decoded = WycheproofEd25519File.decode(Self.file) else {
            Issue.record("\(Self.file) is missing or unreadable. \(OfficialVectors.searchedDescription)")
            return
        }
        #expect(decoded.numberOfTests == 151)
        #expect(Self.cases.count == 151)
        #expect(Self.cases.filter(\.isValid).count == 88)
        #expect(Self.cases.filter { !$0.isValid }.count == 63)
        #expect(Set(Self.cases.map(\.tcId)).count == 151, "tcIds are unique")
    }

    @Test("Valid signatures verify; invalid ones do not", arguments: cases)
    func verdict(_ testCase: WycheproofEd25519Case) throws {
        let publicKeyBytes = try requireHex(testCase.publicKey)
        let message = try requireHex(testCase.msg)
        let signature = try requireHex(testCase.sig)

        let direct = signature.withUnsafeBytes { signature in
            message.withUnsafeBytes { message in
                publicKeyBytes.withUnsafeBytes { Ed25519.isValidSignature(signature, for: message, publicKey: $0) }
            }
        }
        #expect(direct == testCase.isValid, "\(testCase.comment) \(testCase.flags)")

        let publicKey = try PasetoV4.Public.PublicKey(rawBytes: publicKeyBytes)
        #expect(try PasetoV4.Public.PublicKey(paserk: publicKey.exportPASERK()) == publicKey)
        let throughKey = signature.withUnsafeBytes { signature in
            message.withUnsafeBytes { message in
                publicKey.rawBytes.withUnsafeBytes { Ed25519.isValidSignature(signature, for: message, publicKey: $0) }
            }
        }
        #expect(throughKey == testCase.isValid, "\(testCase.comment) \(testCase.flags)")
    }
}

/// One Wycheproof EdDSA test with its group's public key.
struct WycheproofEd25519Case: Sendable, Identifiable, CustomTestStringConvertible {
    let tcId: Int
    let comment: String
    let flags: [String]
    let publicKey: String
    let msg: String
    let sig: String
    let result: String

    var id: Int { tcId }
    var isValid: Bool { result == "valid" }
    var testDescription: String { "tcId \(tcId) (\(result)\(comment.isEmpty ? "" : ": \(comment)"))" }

    /// Every test of `relativePath`; empty when the file is missing (``Ed25519WycheproofTests/counts()`` says so).
    static func load(_ relativePath: String) -> [WycheproofEd25519Case] {
        guard let file = WycheproofEd25519File.decode(relativePath) else { return [] }
        return file.testGroups.flatMap { group in
            group.tests.map {
                WycheproofEd25519Case(
                    tcId: $0.tcId,
                    comment: $0.comment,
                    flags: $0.flags,
                    publicKey: group.publicKey.pk,
                    msg: $0.msg,
                    sig: $0.sig,
                    result: $0.result
                )
            }
        }
    }
}

/// The parts of a Wycheproof `eddsa_verify_schema_v1` file the tests read.
struct WycheproofEd25519File: Decodable {
    struct Group: Decodable {
        struct PublicKey: Decodable {
            let pk: String
        }
        struct Test: Decodable {
            let tcId: Int
            let comment: String
            let flags: [String]
            let msg: String
            let sig: String
            let result: String
        }
        let publicKey: PublicKey
        let tests: [Test]
    }

    let algorithm: String
    let numberOfTests: Int
    let testGroups: [Group]

    static func decode(_ relativePath: String) -> WycheproofEd25519File? {
        guard let url = OfficialVectors.url(relativePath), let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(WycheproofEd25519File.self, from: data)
    }
}
