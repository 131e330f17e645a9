/// An official test-vector file: `{"name": "...", "tests": [...]}`, with one mirror type per file family.
///
/// Use ``PasetoVector`` for `v1.json` … `v4.json` and ``PASERKVector`` for `paserk/kN.<type>.json`.
package struct VectorFile<Vector: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    /// The file's title, e.g. `PASETO v4 Test Vectors`.
    package var name: String
    /// The vectors, in file order; a vector is identified by its file and index here, not by its name.
    package var tests: [Vector]

    /// A file with `name` and `tests`.
    package init(name: String, tests: [Vector]) {
        self.name = name
        self.tests = tests
    }
}
