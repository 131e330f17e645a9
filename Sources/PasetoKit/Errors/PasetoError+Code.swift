extension PasetoError {
    /// A stable failure reason. Its ``description`` is the lower-case text the command line prints
    /// (`error: <code>: <message>`); new codes may be added without breaking existing ones.
    ///
    /// Besides the built-in codes, your own ``ClaimRule``s can fail with codes of your own, made by
    /// ``custom(_:)``. A custom code can never equal or read like a built-in one: it is a different value
    /// (`Code.custom("expired") != .expired`), and its description always starts with ``customPrefix``
    /// (`custom.expired`), a form no built-in code has.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Backing: Hashable, Sendable {
            case builtIn(BuiltIn)
            /// A validated custom name (lower-case ASCII), without the prefix.
            case custom(String)
        }

        private enum BuiltIn: String, Hashable, Sendable {
            case malformedToken = "malformed-token"
            case invalidHeader = "invalid-header"
            case keyMismatch = "key-mismatch"
            case authenticationFailed = "authentication-failed"
            case footerMismatch = "footer-mismatch"
            case invalidKey = "invalid-key"
            case unsupportedVersion = "unsupported-version"
            // PASERK wrapping
            case invalidPassword = "invalid-password"
            case invalidParameters = "invalid-parameters"
            case keyDerivationFailed = "key-derivation-failed"
            // Claims, footers, limits and key rings
            case invalidPayload = "invalid-payload"
            case invalidFooter = "invalid-footer"
            case limitExceeded = "limit-exceeded"
            case expired = "expired"
            case notYetValid = "not-yet-valid"
            case issuedInFuture = "issued-in-future"
            case missingClaim = "missing-claim"
            case invalidClaim = "invalid-claim"
            case issuerMismatch = "issuer-mismatch"
            case audienceMismatch = "audience-mismatch"
            case subjectMismatch = "subject-mismatch"
            case tokenIDRejected = "token-id-rejected"
            case unknownKey = "unknown-key"
            case retiredKey = "retired-key"
        }

        private let backing: Backing

        private init(_ builtIn: BuiltIn) { self.backing = .builtIn(builtIn) }

        private init(customName name: String) { self.backing = .custom(name) }

        /// What every custom code's ``description`` starts with: `custom.`. Built-in codes never contain a dot.
        public static let customPrefix = "custom."

        /// The longest name ``custom(_:)`` accepts, in bytes.
        public static let maximumCustomNameLength = 48

        /// A code of your own, for a ``ClaimRule`` that refuses a token (for example `role-required`).
        ///
        /// Its ``description`` is ``customPrefix`` followed by `name` (`custom.role-required`), and it equals only
        /// the custom code of the same name, never a built-in one, so a rule cannot pass for `expired` or
        /// `authentication-failed` in logs, metrics or `catch` clauses.
        ///
        /// ```swift
        /// let roleRequired = try PasetoError.Code.custom("role-required")
        /// ```
        ///
        /// - Parameter name: 1 to ``maximumCustomNameLength`` lower-case ASCII letters, digits and `-`,
        ///   starting with a letter.
        /// - Throws: ``PasetoError`` `invalid-parameters` for any other name.
        public static func custom(_ name: String) throws -> Code {
            let bytes = Array(name.utf8)
            let letters = UInt8(ascii: "a")...UInt8(ascii: "z")
            let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
            guard let first = bytes.first, letters.contains(first), bytes.count <= maximumCustomNameLength,
                bytes.allSatisfy({ letters.contains($0) || digits.contains($0) || $0 == UInt8(ascii: "-") })
            else {
                throw PasetoError.make(
                    .invalidParameters,
                    "a custom error code is 1 to \(maximumCustomNameLength) lower-case ASCII letters, digits and "
                        + "'-', starting with a letter"
                )
            }
            return Code(customName: name)
        }

        /// Whether this code was made by ``custom(_:)`` (and so never comes from PasetoKit itself).
        public var isCustom: Bool {
            if case .custom = backing { return true }
            return false
        }

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

        // PASERK wrapping

        /// The password cannot wrap a key: it is empty.
        public static let invalidPassword = Code(.invalidPassword)
        /// Password-wrapping parameters are outside what libsodium's Argon2id accepts, or a name given to
        /// ``custom(_:)`` is not a valid custom code.
        public static let invalidParameters = Code(.invalidParameters)
        /// Argon2id could not derive a key, which with valid parameters means the memory limit could not be
        /// allocated.
        public static let keyDerivationFailed = Code(.keyDerivationFailed)

        // Claims, footers, limits and key rings

        /// The payload is not a strict JSON object (syntax, invalid UTF-8, a duplicate member name, or
        /// not an object at the top), or a claims type could not be decoded from it.
        public static let invalidPayload = Code(.invalidPayload)
        /// The footer is not acceptable: malformed JSON, a `kid` that is not a PASERK id of the token's
        /// version, or key material (a `local`, `secret`, `public` or password-wrapped PASERK).
        public static let invalidFooter = Code(.invalidFooter)
        /// The token, payload or footer is over a configured limit (length, depth, member count).
        public static let limitExceeded = Code(.limitExceeded)
        /// `exp` is in the past (beyond the leeway).
        public static let expired = Code(.expired)
        /// `nbf` is in the future (beyond the leeway).
        public static let notYetValid = Code(.notYetValid)
        /// `iat` is in the future (beyond the leeway).
        public static let issuedInFuture = Code(.issuedInFuture)
        /// A claim the rules require is absent.
        public static let missingClaim = Code(.missingClaim)
        /// A claim has the wrong type or form (e.g. a time that is not RFC 3339), or a ``ClaimRule`` without a
        /// code of its own refused it.
        public static let invalidClaim = Code(.invalidClaim)
        /// `iss` is not the expected issuer.
        public static let issuerMismatch = Code(.issuerMismatch)
        /// `aud` is not an accepted audience.
        public static let audienceMismatch = Code(.audienceMismatch)
        /// `sub` is not the expected subject.
        public static let subjectMismatch = Code(.subjectMismatch)
        /// `jti` is not the expected token id, or the caller's token-id check refused it (e.g. replay).
        public static let tokenIDRejected = Code(.tokenIDRejected)
        /// The footer's `kid` names no key of the key ring (no other key is tried).
        public static let unknownKey = Code(.unknownKey)
        /// The footer's `kid` names a key the key ring has retired.
        public static let retiredKey = Code(.retiredKey)

        /// The stable lower-case reason, e.g. `authentication-failed`.
        public var description: String {
            switch backing {
            case .builtIn(let builtIn): builtIn.rawValue
            case .custom(let name): Self.customPrefix + name
            }
        }
    }
}
