import Foundation
import PasetoKit
import PasetoVectors
import Testing

/// One case of an official vector file, identified by file name and index (names in the files are not
/// reliable: `k1.seal.json` holds a `k2.seal-2`).
struct OfficialVectorCase<Vector: Sendable>: Sendable, Identifiable, CustomTestStringConvertible {
    let file: String
    let index: Int
    let name: String
    let vector: Vector

    var id: String { "\(file)#\(index)" }
    var testDescription: String { "\(file)#\(index) (\(name))" }
}

/// The official vectors, read in place from `$PASETO_VECTORS_DIR` or `../shared/vectors`.
enum OfficialVectors {
    /// The vector folder, or `nil` when it is missing (every count test then records where it looked).
    static let directory: URL? = VectorDirectory.locate(from: #filePath)

    /// Where the folder was looked for, for the failure message.
    static var searchedDescription: String {
        let variable = VectorDirectory.environmentVariable
        let places = VectorDirectory.searchedLocations(from: #filePath).map(\.path).joined(separator: ", ")
        if ProcessInfo.processInfo.environment[variable]?.isEmpty == false {
            return "official test vectors not found: $\(variable) names \(places), which is not a folder"
        }
        return "official test vectors not found: looked in \(places); set $\(variable) to the vectors folder"
    }

    /// The URL of `relativePath` (e.g. `paseto/v4.json`) in the vector folder, or `nil` when it does not exist.
    static func url(_ relativePath: String) -> URL? {
        guard let file = directory?.appendingPathComponent(relativePath),
            FileManager.default.fileExists(atPath: file.path)
        else { return nil }
        return file
    }

    /// The cases of a PASETO file; empty when the file is missing or unreadable (the count tests catch that).
    static func pasetoCases(_ relativePath: String) -> [OfficialVectorCase<PasetoVector>] {
        cases(relativePath, of: PasetoVector.self) { $0.name }
    }

    /// The cases of a PASERK file; empty when the file is missing or unreadable (the count tests catch that).
    static func paserkCases(_ relativePath: String) -> [OfficialVectorCase<PASERKVector>] {
        cases(relativePath, of: PASERKVector.self) { $0.name }
    }

    /// Decodes `relativePath`, recording an issue that says where it looked when that is not possible.
    static func load<Vector: Codable & Sendable & Hashable>(
        _ relativePath: String,
        as type: Vector.Type,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> VectorFile<Vector>? {
        guard let file = url(relativePath) else {
            Issue.record("\(relativePath) is missing. \(searchedDescription)", sourceLocation: sourceLocation)
            return nil
        }
        do {
            return try JSONDecoder().decode(VectorFile<Vector>.self, from: Data(contentsOf: file))
        } catch {
            Issue.record("cannot decode \(file.path): \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// What ``VectorRunner`` reports for `relativePath`; empty when the file is missing. (Running a small file
    /// once per case costs microseconds, so there is no cache to share between parallel tests.)
    static func runnerResults(_ relativePath: String) -> [VectorCaseResult] {
        guard let file = url(relativePath) else { return [] }
        return VectorRunner.run(VectorSource(url: file, foundInFolder: false))
    }

    private static func cases<Vector: Codable & Sendable & Hashable>(
        _ relativePath: String,
        of type: Vector.Type,
        name: (Vector) -> String
    ) -> [OfficialVectorCase<Vector>] {
        guard let file = url(relativePath),
            let data = try? Data(contentsOf: file),
            let decoded = try? JSONDecoder().decode(VectorFile<Vector>.self, from: data)
        else { return [] }
        let fileName = file.lastPathComponent
        return decoded.tests.enumerated().map {
            OfficialVectorCase(file: fileName, index: $0.offset, name: name($0.element), vector: $0.element)
        }
    }
}

/// Expects `body` to throw a ``PasetoError`` with `code`.
func expectPasetoError<R>(
    _ code: PasetoError.Code,
    _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation,
    performing body: () throws -> R
) {
    let error = #expect(throws: PasetoError.self, comment, sourceLocation: sourceLocation, performing: body)
    #expect(error?.code == code, comment, sourceLocation: sourceLocation)
}

/// The bytes of a hex field that a vector must have.
func requireHex(_ text: String?, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
    let text = try #require(text, sourceLocation: sourceLocation)
    return try #require(Hex.decode(text), "not hex: \(text)", sourceLocation: sourceLocation)
}
