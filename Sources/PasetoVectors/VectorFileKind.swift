package import PasetoKit

/// What an official vector file holds, read from its name: `v4.json`, `k4.local.json`,
/// `k4.local-wrap.pie.json`.
package enum VectorFileKind: Hashable, Sendable, CustomStringConvertible {
    /// A PASETO file, `vN.json`.
    case paseto(PasetoVersion)
    /// A PASERK file, `kN.<type>.json`, or `kN.<type>.<protocol>.json` for the wrap types (`pie`).
    case paserk(PasetoVersion, PASERKType, wrapProtocol: String?)

    /// The kind named by `fileName` (the last path component), or `nil` when the name is no vector file name.
    ///
    /// - Parameter fileName: A file name such as `v4.json` or `k4.secret-wrap.pie.json`.
    package init?(fileName: String) {
        guard fileName.hasSuffix(".json") else { return nil }
        let parts = fileName.dropLast(".json".count).split(separator: ".", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let version = PasetoVersion(tokenPrefix: parts[0]) else { return nil }
            self = .paseto(version)
        case 2, 3:
            guard let version = PasetoVersion(paserkPrefix: parts[0]), let type = PASERKType(parts[1]) else {
                return nil
            }
            let isWrap = type == .localWrap || type == .secretWrap
            let wrapProtocol = parts.count == 3 ? String(parts[2]) : nil
            guard isWrap == (wrapProtocol != nil), wrapProtocol?.isEmpty != true else { return nil }
            self = .paserk(version, type, wrapProtocol: wrapProtocol)
        default:
            return nil
        }
    }

    /// The file name this kind comes from, without `.json`: `v4`, `k4.local`, `k4.local-wrap.pie`.
    package var description: String {
        switch self {
        case .paseto(let version): version.description
        case .paserk(let version, let type, let wrapProtocol):
            [version.paserkPrefix, type.description, wrapProtocol].compactMap { $0 }.joined(separator: ".")
        }
    }
}
