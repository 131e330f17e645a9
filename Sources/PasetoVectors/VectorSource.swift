package import Foundation

/// A vector file to run, and whether it was named directly or found in a folder.
package struct VectorSource: Hashable, Sendable {
    /// The file.
    package var url: URL
    /// True when the file was found by walking a folder given on the command line.
    ///
    /// A folder may hold other JSON files (Wycheproof, JOSE); those are skipped, while a file named directly
    /// that is not a vector file is a failure.
    package var foundInFolder: Bool

    /// A source for `url`.
    package init(url: URL, foundInFolder: Bool) {
        self.url = url
        self.foundInFolder = foundInFolder
    }

    /// The file name, e.g. `v4.json`: how results name the file.
    package var fileName: String { url.lastPathComponent }

    /// The files `paths` name: a file as it is; a folder as every `*.json` below it, recursively, sorted by path.
    ///
    /// - Parameter paths: File or folder paths, in the order given.
    /// - Returns: One source per file, in argument order.
    /// - Throws: ``VectorPathError`` when a path does not exist.
    package static func sources(for paths: [String]) throws(VectorPathError) -> [VectorSource] {
        var sources: [VectorSource] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw VectorPathError(path: path)
            }
            if isFolder.boolValue {
                sources += jsonFiles(below: url).map { VectorSource(url: $0, foundInFolder: true) }
            } else {
                sources.append(VectorSource(url: url, foundInFolder: false))
            }
        }
        return sources
    }

    private static func jsonFiles(below folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where url.pathExtension == "json" {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile ?? false
            if isFile {
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// A path given to the vector runner that does not exist.
package struct VectorPathError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path as given.
    package var path: String

    /// An error for `path`.
    package init(path: String) {
        self.path = path
    }

    /// `no such file or folder: <path>`.
    package var description: String { "no such file or folder: \(path)" }
}
