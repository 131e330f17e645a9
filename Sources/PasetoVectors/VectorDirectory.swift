package import Foundation

/// Finds the folder of official test vectors, which is read in place and never copied into the repository.
///
/// The folder is `$PASETO_VECTORS_DIR` when that variable is set, else `shared/vectors` next to the package
/// (`../shared/vectors` seen from the package root), found by walking up from a source file:
///
/// ```swift
/// guard let vectors = VectorDirectory.locate(from: #filePath) else {
///     Issue.record("no vectors; looked in \(VectorDirectory.searchedLocations(from: #filePath))")
///     return
/// }
/// ```
package enum VectorDirectory {
    /// The environment variable that overrides the search.
    package static let environmentVariable = "PASETO_VECTORS_DIR"

    /// The vector folder for the source file at `filePath` (pass `#filePath`), or `nil` when there is none.
    ///
    /// - Parameter filePath: An absolute path inside the package, usually `#filePath`.
    /// - Returns: `$PASETO_VECTORS_DIR` when set (and only then, even if it does not exist, so a wrong setting
    ///   is not hidden by a fallback), else the first existing `shared/vectors` folder that is a sibling of
    ///   one of the file's ancestors; `nil` when none exists.
    package static func locate(from filePath: String) -> URL? {
        searchedLocations(from: filePath).first(where: isDirectory)
    }

    /// The vector folder of the package whose root folder is `packageRoot`: `$PASETO_VECTORS_DIR`, else
    /// `packageRoot/../shared/vectors`; `nil` when that folder does not exist.
    ///
    /// - Parameter packageRoot: The folder that holds `Package.swift`.
    /// - Returns: The existing folder, or `nil`.
    package static func locate(packageRoot: URL) -> URL? {
        let candidate =
            overriddenLocation
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared/vectors", isDirectory: true)
        return isDirectory(candidate) ? candidate.standardizedFileURL : nil
    }

    /// Every folder ``locate(from:)`` tries, in order, for messages that say where the vectors were looked for.
    ///
    /// - Parameter filePath: An absolute path inside the package, usually `#filePath`.
    /// - Returns: Just `$PASETO_VECTORS_DIR` when it is set; else `A/shared/vectors` for each ancestor `A`
    ///   of `filePath`, nearest first.
    package static func searchedLocations(from filePath: String) -> [URL] {
        if let overridden = overriddenLocation {
            return [overridden]
        }
        let components = URL(fileURLWithPath: filePath).standardizedFileURL.pathComponents.filter { $0 != "/" }
        return (0..<components.count).reversed().map { depth in
            let folder = "/" + components.prefix(depth).joined(separator: "/")
            return URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(
                "shared/vectors",
                isDirectory: true
            )
        }
    }

    private static var overriddenLocation: URL? {
        guard let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty else {
            return nil
        }
        return URL(fileURLWithPath: value, isDirectory: true)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}
