import Foundation
import PasetoKit
import PasetoVectors
import Testing

/// `paseto paserk id` and `paseto paserk public`, checked against the official PASERK vectors.
@Suite("paserk id, paserk public")
struct PASERKCommandTests {
    /// One official id vector: the key file, the PASERK type of its key, and the case.
    struct IDCase: Sendable, CustomTestStringConvertible {
        let file: String
        let keyType: String
        let vector: PASERKVector

        var testDescription: String { "\(file) \(vector.name)" }
    }

    static let idFiles = [("k4.lid.json", "local"), ("k4.pid.json", "public"), ("k4.sid.json", "secret")]

    static let idCases: [IDCase] = idFiles.flatMap { file, keyType in
        CLIVectors.tests("paserk/" + file, as: PASERKVector.self).map {
            IDCase(file: file, keyType: keyType, vector: $0)
        }
    }

    static let secretCases = CLIVectors.tests("paserk/k4.secret.json", as: PASERKVector.self)

    @Test("the vector files were found and hold the expected number of cases")
    func caseCount() {
        #expect(Self.idCases.count == 4 + 5 + 4, "vectors looked for in \(CLIVectors.searched)")
        #expect(Self.secretCases.count == 5, "vectors looked for in \(CLIVectors.searched)")
    }

    @Test("the lid of the all-zero k4.local key")
    func zeroKey() throws {
        expectSuccess(
            try PasetoCLI.run(["paserk", "id", "k4.local.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]),
            stdout: "k4.lid.bqltbNc4JLUAmc9Xtpok-fBuI0dQN5_m3CD9W_nbh559\n"
        )
    }

    /// The official `k4.pid` vectors use key bytes that are no Ed25519 point (all zero, `7071…8f`): the
    /// contract refuses such a key (exit 2), so for them `paserk id` must say `invalid-key`; the library's
    /// tests check the vectors' ids against the encoding of those bytes.
    @Test(
        "paserk id matches the official lid, pid and sid vectors; unusable points are invalid-key",
        arguments: idCases
    )
    func officialID(_ test: IDCase) throws {
        let keyHex = try #require(test.vector.key)
        let bytes = Hex.decode(keyHex) ?? []
        let key = Fixtures.paserk(test.keyType, hex: keyHex)
        let result = try PasetoCLI.run(["paserk", "id", key])
        let unusablePoint = test.keyType == "public" && !SodiumKeyMaterial.isUsableEd25519PublicKey(bytes)
        if test.vector.expectFail || unusablePoint {
            expectInputError(result, code: "invalid-key")
        } else {
            expectSuccess(result, stdout: try #require(test.vector.paserk) + "\n")
        }
    }

    @Test("paserk public matches the official k4.secret vectors", arguments: secretCases.filter { !$0.expectFail })
    func officialPublic(_ vector: PASERKVector) throws {
        let secret = try #require(vector.paserk)
        let publicKey = Fixtures.paserk("public", hex: try #require(vector.publicKey))
        expectSuccess(try PasetoCLI.run(["paserk", "public", secret]), stdout: publicKey + "\n")
    }

    @Test("KEY may be @PATH, - or absent (standard input), surrounding whitespace ignored")
    func keySources() throws {
        let key = "k4.local.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        let id = "k4.lid.bqltbNc4JLUAmc9Xtpok-fBuI0dQN5_m3CD9W_nbh559\n"
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("zero.key")
        try Data(" \(key)\n\n".utf8).write(to: file)
        expectSuccess(try PasetoCLI.run(["paserk", "id", "@" + file.path]), stdout: id)
        expectSuccess(try PasetoCLI.run(["paserk", "id", "-"], stdin: key + "\n"), stdout: id)
        expectSuccess(try PasetoCLI.run(["paserk", "id"], stdin: "\t" + key), stdout: id)
    }

    @Test("paserk public of a local or public key is invalid-key (exit 2): it is an input error, no token")
    func publicOfNonSecret() throws {
        let (_, publicKey) = try Fixtures.keyPair()
        for key in [try Fixtures.localKey(), publicKey] {
            expectInputError(try PasetoCLI.run(["paserk", "public", key]), code: "invalid-key")
        }
    }

    @Test("paserk id of a malformed key exits 2")
    func badKeys() throws {
        expectInputError(
            try PasetoCLI.run(["paserk", "id", "k4.local.HFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"]),
            code: "invalid-key"
        )
        expectInputError(
            try PasetoCLI.run(["paserk", "id", "k3.local.HFyc3R1dnd4eXp7fH1-f4CBgoOEhYaHiImKi4yNjo8"]),
            code: "invalid-key"
        )
        expectInputError(try PasetoCLI.run(["paserk", "id", "@/nonexistent/key"]), code: "unreadable-file")
    }
}
