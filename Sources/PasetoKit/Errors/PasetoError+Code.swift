extension PasetoError {
    /// A stable failure reason. Its ``description`` is the lower-case text the command line prints
    /// (`error: <code>: <message>`); new codes may be added without breaking existing ones.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Backing: String, Hashable, Sendable {
            case malformedToken = "malformed-token"
            case invalidHeader = "invalid-header"
            case keyMismatch = "key-mismatch"
            case authenticationFailed = "authentication-failed"
            case footerMismatch = "footer-mismatch"
            case invalidKey = "invalid-key"
            case unsupportedVersion = "unsupported-version"
        }

        private let backing: Backing

        private init(_ backing: Backing) { self.backing = backing }

        /// The token is not `header.payload[.footer]` with strict base64url segments of valid lengths.
        public static let malformedToken = Code(.malformedToken)
        /// The token does not start with a known `vN.purpose.` header.
        public static let invalidHeader = Code(.invalidHeader)
        /// The key's version or purpose does not match the token or the operation; no crypto was attempted.
        public static let keyMismatch = Code(.keyMismatch)
        /// The authentication tag or signature did not verify (one code for both, so there is no oracle).
        public static let authenticationFailed = Code(.authenticationFailed)
        /// The token's footer is not the footer the caller required.
        public static let footerMismatch = Code(.footerMismatch)
        /// Key material or a PASERK string is malformed: wrong length, bad encoding, unknown prefix or
        /// inconsistent halves.
        public static let invalidKey = Code(.invalidKey)
        /// The version or PASERK type is well-formed but not implemented by this build.
        public static let unsupportedVersion = Code(.unsupportedVersion)

        /// The stable lower-case reason, e.g. `authentication-failed`.
        public var description: String { backing.rawValue }
    }
}
