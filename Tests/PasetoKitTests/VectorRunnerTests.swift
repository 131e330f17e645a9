import Foundation
import PasetoKit
import PasetoVectors
import Testing

/// The vector runner itself: file kinds, skipping what is not supported, failing what cannot be run.
@Suite("Vector runner")
struct VectorRunnerTests {
    @Test(
        "File kinds come from file names",
        arguments: [
            ("v4.json", VectorFileKind.paseto(.v4)),
            ("v1.json", .paseto(.v1)),
            ("k4.local.json", .paserk(.v4, .local, wrapProtocol: nil)),
            ("k3.secret-pw.json", .paserk(.v3, .secretPassword, wrapProtocol: nil)),
            ("k4.local-wrap.pie.json", .paserk(.v4, .localWrap, wrapProtocol: "pie")),
            ("k2.secret-wrap.pie.json", .paserk(.v2, .secretWrap, wrapProtocol: "pie")),
        ]
    )
    func kinds(fileName: String, kind: VectorFileKind) {
        #expect(VectorFileKind(fileName: fileName) == kind)
        #expect(kind.description + ".json" == fileName)
    }

    @Test(
        "Other names are no vector files",
        arguments: [
            "v5.json", "v4.yaml", "v4", "k4.json", "k4.bogus.json", "k4.local-wrap.json", "k4.local.pie.json",
            "k4.local-wrap..json", "ed25519_test.json", "k5.local.json", "V4.json",
        ]
    )
    func unknownNames(fileName: String) {
        #expect(VectorFileKind(fileName: fileName) == nil)
    }

    @Test(
        "Without $PASETO_VECTORS_DIR the locator tries shared/vectors beside each ancestor of the file",
        .enabled(if: ProcessInfo.processInfo.environment[VectorDirectory.environmentVariable] == nil)
    )
    func locatorCandidates() throws {
        let searched = VectorDirectory.searchedLocations(from: "/a/b/Tests/File.swift").map(\.path)
        #expect(
            searched == ["/a/b/Tests/shared/vectors", "/a/b/shared/vectors", "/a/shared/vectors", "/shared/vectors"]
        )
        #expect(VectorDirectory.locate(from: "/nonexistent/Tests/File.swift") == nil)
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        #expect(
            VectorDirectory.locate(packageRoot: packageRoot)?.path
                == OfficialVectors.directory?.standardizedFileURL.path
        )
    }

    @Test("Hex decoding is strict")
    func hex() {
        #expect(Hex.decode("00ff7F") == [0x00, 0xFF, 0x7F])
        #expect(Hex.decode("") == [])
        #expect(Hex.decode("0") == nil)
        #expect(Hex.decode("0g") == nil)
        #expect(Hex.decode(" 00") == nil)
        #expect(Hex.encode([0x00, 0xAB, 0xFF]) == "00abff")
    }

    @Test("The whole vector folder: every case passes but the five of k1.seal, skipped with their reason")
    func wholeFolder() throws {
        let directory = try #require(OfficialVectors.directory, "\(OfficialVectors.searchedDescription)")
        let report = VectorReport(try VectorRunner.run(paths: [directory.path]))
        #expect(report.failureLines == [])
        #expect(report.passedCount == 255)
        // Of the PASETO and PASERK cases only k1.seal's are skipped; other JSON files in the folder (JOSE,
        // Wycheproof) are skipped whole, as no vector files.
        let skippedCases = report.results.filter { $0.outcome != .passed && $0.index != nil }
        #expect(Set(skippedCases.map(\.file)) == ["k1.seal.json"] && skippedCases.count == 5)
        #expect(report.skipLines.contains("SKIP k1.seal.json: 5 cases: \(PASERKVectorCheck.k1SealSkipReason)"))
        #expect(report.lines.last == "255 passed, 0 failed, \(report.skippedCount) skipped")
    }

    @Test(
        "k1.seal is skipped case by case, naming why",
        arguments: [("paserk/k1.seal.json", 5, PASERKVectorCheck.k1SealSkipReason)]
    )
    func skipped(file: String, count: Int, reason: String) throws {
        try #require(OfficialVectors.url(file) != nil, "\(file): \(OfficialVectors.searchedDescription)")
        let results = OfficialVectors.runnerResults(file)
        #expect(results.map(\.outcome) == Array(repeating: .skipped(reason), count: count))
        let name = String(file.split(separator: "/").last ?? "")
        #expect(VectorReport(results).skipLines == ["SKIP \(name): \(count) cases: \(reason)"])
    }

    @Test("A file that is no vector file fails when named, and is skipped when found in a folder")
    func foreignFile() throws {
        let url = try #require(
            OfficialVectors.url("wycheproof/ed25519_test.json"),
            "\(OfficialVectors.searchedDescription)"
        )
        let named = VectorRunner.run(VectorSource(url: url, foundInFolder: false))
        #expect(named.count == 1)
        #expect(named.first?.index == nil)
        guard case .failed(let reason) = named.first?.outcome else {
            Issue.record("expected a failure, got \(String(describing: named.first))")
            return
        }
        #expect(reason.contains("not a PASETO or PASERK vector file name"))
        let found = VectorRunner.run(VectorSource(url: url, foundInFolder: true))
        #expect(found.map(\.outcome) == [.skipped(reason)])
    }

    @Test("Unreadable, unparsable and empty files fail; a missing path is an error")
    func brokenFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vector-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not json".utf8).write(to: folder.appendingPathComponent("v4.json"))
        try Data(#"{"name": "x", "tests": []}"#.utf8).write(to: folder.appendingPathComponent("k4.lid.json"))
        try Data(#"{"name": "x", "tests": [{"name": "a"}]}"#.utf8).write(
            to: folder.appendingPathComponent("k4.pid.json")
        )

        let report = VectorReport(try VectorRunner.run(paths: [folder.path]))
        #expect(report.summaryLine == "0 passed, 3 failed, 0 skipped")
        #expect(report.failureLines.count == 3)
        #expect(
            report.failureLines.allSatisfy {
                $0.hasPrefix("FAIL k4.lid.json: ") || $0.hasPrefix("FAIL k4.pid.json: ")
                    || $0.hasPrefix("FAIL v4.json: ")
            }
        )

        #expect(throws: VectorPathError(path: folder.appendingPathComponent("missing.json").path)) {
            try VectorRunner.run(paths: [folder.appendingPathComponent("missing.json").path])
        }
    }

    @Test("A corrupted good vector fails with a reason")
    func corruptedVector() throws {
        let vector = try #require(OfficialVectorTests.v4Cases.first, "\(OfficialVectors.searchedDescription)").vector
        var tampered = vector
        tampered.token.removeLast()
        tampered.token += tampered.token.hasSuffix("A") ? "B" : "A"
        guard case .failed(let reason) = PasetoTokenVectorCheck.outcome(of: tampered, version: .v4) else {
            Issue.record("a tampered token passed")
            return
        }
        #expect(reason.contains("encrypting with the vector's nonce"))
        var badNonce = vector
        badNonce.nonce = "00"
        #expect(PasetoTokenVectorCheck.outcome(of: badNonce, version: .v4) == .failed("the nonce is 1 bytes, not 32"))
        var notFailing = vector
        notFailing.expectFail = true
        #expect(PasetoTokenVectorCheck.outcome(of: notFailing, version: .v4) != .passed)
    }
}
