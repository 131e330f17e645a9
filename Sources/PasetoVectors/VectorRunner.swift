package import Foundation
import PasetoKit

/// Runs official-format vector files and reports every case: passed, failed (with the reason) or skipped
/// (naming what is not supported yet).
///
/// Supported: `v1.json` to `v4.json`, and every k1 to k4 PASERK file (all eleven types, wrapping with `pie`),
/// except `k1.seal`, whose cases are skipped with the reason (it needs raw RSA, which swift-crypto does not
/// offer). A file that cannot be read or parsed, or that holds no tests, is one failed result; so is a file
/// named directly whose name is no vector file name.
///
/// ```swift
/// let results = try VectorRunner.run(paths: ["/path/to/vectors"])
/// let report = VectorReport(results)
/// print(report.summaryLine)  // "255 passed, 0 failed, 5 skipped"
/// ```
package enum VectorRunner {
    /// Runs every vector file that `paths` names (folders: every `*.json` below them, sorted).
    ///
    /// - Parameter paths: Files or folders.
    /// - Returns: The results, file by file in argument order, cases in file order.
    /// - Throws: ``VectorPathError`` when a path does not exist; nothing runs then.
    package static func run(paths: [String]) throws(VectorPathError) -> [VectorCaseResult] {
        var results: [VectorCaseResult] = []
        for path in paths {
            let sources = try VectorSource.sources(for: [path])
            if sources.isEmpty {
                let name = URL(fileURLWithPath: path).lastPathComponent
                let outcome = VectorOutcome.failed("no *.json files below \(path)")
                results.append(VectorCaseResult(file: name, index: nil, name: name, outcome: outcome))
            }
            results += sources.flatMap(run)
        }
        return results
    }

    /// Runs one file.
    ///
    /// - Parameter source: The file, and whether it was found in a folder.
    /// - Returns: One result per case, or one whole-file result when the file cannot be run case by case.
    package static func run(_ source: VectorSource) -> [VectorCaseResult] {
        let file = source.fileName
        func wholeFile(_ outcome: VectorOutcome) -> [VectorCaseResult] {
            [VectorCaseResult(file: file, index: nil, name: file, outcome: outcome)]
        }
        guard let kind = VectorFileKind(fileName: file) else {
            let reason = "not a PASETO or PASERK vector file name (expected vN.json or kN.<type>.json)"
            return wholeFile(source.foundInFolder ? .skipped(reason) : .failed(reason))
        }
        let data: Data
        do {
            data = try Data(contentsOf: source.url)
        } catch {
            return wholeFile(.failed("cannot read \(source.url.path): \(error.localizedDescription)"))
        }
        do {
            let results = try run(data, kind: kind, file: file)
            return results.isEmpty ? wholeFile(.failed("the file holds no tests")) : results
        } catch {
            return wholeFile(.failed("cannot parse as a \(kind) vector file: \(describe(error))"))
        }
    }

    /// Decodes `data` as a file of `kind` and checks (or skips) each case.
    ///
    /// - Throws: A `DecodingError` when the JSON does not match the file's mirror type.
    package static func run(_ data: Data, kind: VectorFileKind, file: String) throws -> [VectorCaseResult] {
        switch kind {
        case .paseto(let version):
            let vectors = try JSONDecoder().decode(VectorFile<PasetoVector>.self, from: data).tests
            return vectors.enumerated().map { index, vector in
                let outcome = PasetoTokenVectorCheck.outcome(of: vector, version: version)
                return VectorCaseResult(file: file, index: index, name: vector.name, outcome: outcome)
            }
        case .paserk(let version, let type, let wrapProtocol):
            let vectors = try JSONDecoder().decode(VectorFile<PASERKVector>.self, from: data).tests
            return vectors.enumerated().map { index, vector in
                let outcome: VectorOutcome =
                    if let wrapProtocol, wrapProtocol != "pie" {
                        .skipped("the \(wrapProtocol) wrap protocol is not supported")
                    } else {
                        PASERKVectorCheck.outcome(of: vector, version: version, type: type)
                    }
                return VectorCaseResult(file: file, index: index, name: vector.name, outcome: outcome)
            }
        }
    }

    /// A one-line description of a decoding error: what was wrong, and where.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .keyNotFound(_, let found),
            .dataCorrupted(let found):
            context = found
        @unknown default:
            return "\(error)"
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    }
}
