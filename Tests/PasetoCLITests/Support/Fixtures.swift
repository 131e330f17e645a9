import Foundation
import PasetoVectors
import Testing

/// Keys and tokens made with the binary itself, plus helpers to build PASERKs from the vectors' hex.
enum Fixtures {
    /// The PASERK `k4.<type>.<base64url(bytes)>`.
    static func paserk(_ type: String, hex: String) -> String {
        "k4.\(type).\(base64URL(Hex.decode(hex) ?? []))"
    }

    /// Unpadded base64url, as PASETO and PASERK write it.
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A fresh `k4.local` key from `paseto keygen`.
    static func localKey() throws -> String {
        try #require(try PasetoCLI.run(["keygen", "v4.local"]).stdoutLines.first)
    }

    /// A fresh `k4.secret` and its `k4.public` from `paseto keygen`.
    static func keyPair() throws -> (secret: String, public: String) {
        let lines = try PasetoCLI.run(["keygen", "v4.public"]).stdoutLines
        try #require(lines.count == 2)
        return (lines[0], lines[1])
    }

    /// A token from `paseto encrypt` or `paseto sign` (by the key's type), without its newline.
    static func token(
        _ payload: String,
        key: String,
        footer: String? = nil,
        implicit: String? = nil
    ) throws -> String {
        // The payload is issued exactly as given: no default exp (tests that need one write it).
        var arguments = [key.hasPrefix("k4.local.") ? "encrypt" : "sign", "--key", key, "--no-default-exp"]
        if let footer { arguments += ["--footer", footer] }
        if let implicit { arguments += ["--implicit", implicit] }
        let result = try PasetoCLI.run(arguments, stdin: payload)
        try #require(result.status == 0, "\(result)")
        return try #require(result.stdoutLines.first)
    }

    /// A new empty folder under the temporary directory.
    static func temporaryDirectory() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("paseto-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The POSIX permission bits of the file at `url`.
    static func mode(of url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue)
    }
}

/// The official vector files, read in place (`$PASETO_VECTORS_DIR` or `../shared/vectors`).
enum CLIVectors {
    static let directory: URL? = VectorDirectory.locate(from: #filePath)

    /// The tests of `relativePath` (e.g. `paserk/k4.lid.json`); empty when the file is missing, which the
    /// count tests report.
    static func tests<Vector: Codable & Sendable & Hashable>(_ relativePath: String, as type: Vector.Type) -> [Vector] {
        guard let url = directory?.appendingPathComponent(relativePath),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(VectorFile<Vector>.self, from: data)
        else { return [] }
        return file.tests
    }

    /// Where the vectors were looked for, for failure messages.
    static var searched: String {
        VectorDirectory.searchedLocations(from: #filePath).map(\.path).joined(separator: ", ")
    }
}
