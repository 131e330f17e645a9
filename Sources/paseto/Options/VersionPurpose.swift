import ArgumentParser
import PasetoKit

/// A `VERSION.PURPOSE` argument such as `v4.local` or `v4.public`.
///
/// Every version the specification defines parses; whether this build implements it is the library's
/// decision (`unsupported-version`, exit 2), so the command line never needs updating when a version lands.
struct VersionPurpose: ExpressibleByArgument, Sendable {
    /// The protocol version, e.g. ``PasetoVersion/v4``.
    let version: PasetoVersion
    /// The purpose, ``PasetoPurpose/local`` or ``PasetoPurpose/public``.
    let purpose: PasetoPurpose

    init?(argument: String) {
        let parts = argument.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let version = PasetoVersion(tokenPrefix: parts[0]),
            let purpose = PasetoPurpose(parts[1])
        else { return nil }
        self.version = version
        self.purpose = purpose
    }

    var defaultValueDescription: String { "\(version).\(purpose)" }
}
