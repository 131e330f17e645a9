import Foundation
import Testing

/// `paseto keygen`: output shape, `--out` files and their modes, malformed modes.
@Suite("keygen")
struct KeygenTests {
    @Test("v4.local prints one k4.local line")
    func local() throws {
        let result = try PasetoCLI.run(["keygen", "v4.local"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdoutLines
        try #require(lines.count == 1, "\(result)")
        #expect(lines[0].hasPrefix("k4.local."))
        #expect(lines[0].count == "k4.local.".count + 43)
    }

    @Test("v4.public prints the k4.secret line, then its k4.public line")
    func pair() throws {
        let result = try PasetoCLI.run(["keygen", "v4.public"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdoutLines
        try #require(lines.count == 2, "\(result)")
        #expect(lines[0].hasPrefix("k4.secret."))
        #expect(lines[0].count == "k4.secret.".count + 86)
        #expect(lines[1].hasPrefix("k4.public."))
        #expect(lines[1].count == "k4.public.".count + 43)
        expectSuccess(try PasetoCLI.run(["paserk", "public", lines[0]]), stdout: lines[1] + "\n")
    }

    @Test("two runs give two different keys")
    func random() throws {
        #expect(try Fixtures.localKey() != Fixtures.localKey())
    }

    @Test("--out PREFIX for a local key writes only PREFIX.key, mode 0600, and prints nothing")
    func outLocal() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("app").path

        expectSuccess(try PasetoCLI.run(["keygen", "v4.local", "--out", prefix]), stdout: "")

        let keyFile = URL(fileURLWithPath: prefix + ".key")
        #expect(try Fixtures.mode(of: keyFile) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: prefix + ".pub"))
        let contents = try String(contentsOf: keyFile, encoding: .utf8)
        #expect(contents.hasPrefix("k4.local.") && contents.hasSuffix("\n"))
        let id = try PasetoCLI.run(["paserk", "id", "@" + keyFile.path])
        #expect(id.status == 0 && id.stdout.hasPrefix("k4.lid."), "\(id)")
    }

    @Test("--out PREFIX for a key pair writes PREFIX.key (0600) and PREFIX.pub (0644), and prints nothing")
    func outPair() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("signer").path

        expectSuccess(try PasetoCLI.run(["keygen", "v4.public", "--out", prefix]), stdout: "")

        let keyFile = URL(fileURLWithPath: prefix + ".key")
        let publicFile = URL(fileURLWithPath: prefix + ".pub")
        #expect(try Fixtures.mode(of: keyFile) == 0o600)
        #expect(try Fixtures.mode(of: publicFile) == 0o644)
        let secret = try String(contentsOf: keyFile, encoding: .utf8)
        let publicKey = try String(contentsOf: publicFile, encoding: .utf8)
        #expect(secret.hasPrefix("k4.secret."))
        #expect(publicKey.hasPrefix("k4.public."))
        expectSuccess(try PasetoCLI.run(["paserk", "public", "@" + keyFile.path]), stdout: publicKey)
    }

    @Test("--out never overwrites an existing key file")
    func outExisting() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("app").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: prefix + ".key"))

        expectInputError(try PasetoCLI.run(["keygen", "v4.local", "--out", prefix]), code: "unwritable-file")
        #expect(try String(contentsOf: URL(fileURLWithPath: prefix + ".key"), encoding: .utf8) == "keep me\n")
    }

    @Test("--out leaves no half pair when PREFIX.pub exists")
    func outExistingPublic() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("signer").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: prefix + ".pub"))

        expectInputError(try PasetoCLI.run(["keygen", "v4.public", "--out", prefix]), code: "unwritable-file")
        #expect(!FileManager.default.fileExists(atPath: prefix + ".key"))
        #expect(try String(contentsOf: URL(fileURLWithPath: prefix + ".pub"), encoding: .utf8) == "keep me\n")
    }

    @Test(
        "a VERSION.PURPOSE that is no mode is a usage error",
        arguments: ["v5.local", "v4.secret", "v4", "local", ""]
    )
    func badMode(mode: String) throws {
        expectInputError(try PasetoCLI.run(["keygen", mode]), code: "usage")
    }
}
