extension JWTCompatError {
    /// A stable refusal reason. Its ``description`` is the lower-case text the command line prints
    /// (`error: <code>: <message>`). This file is the list of every code PasetoJWT uses; new codes may be
    /// added without breaking existing ones.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Backing: String, Hashable, Sendable {
            // The token's shape
            case malformedToken = "malformed-token"
            case jweNotSupported = "jwe-not-supported"
            case limitExceeded = "limit-exceeded"
            case invalidHeader = "invalid-header"
            case duplicateHeader = "duplicate-header"
            case invalidPayload = "invalid-payload"
            case duplicateClaim = "duplicate-claim"
            case payloadNotObject = "payload-not-object"
            // Algorithm and key selection
            case algNone = "alg-none"
            case unsupportedAlgorithm = "unsupported-algorithm"
            case algorithmNotAllowed = "algorithm-not-allowed"
            case algorithmKeyMismatch = "algorithm-key-mismatch"
            case unknownCriticalHeader = "unknown-critical-header"
            case embeddedKeyRefused = "embedded-key-refused"
            case missingKID = "missing-kid"
            case unknownKID = "unknown-kid"
            // The signature
            case invalidSignatureEncoding = "invalid-signature-encoding"
            case signatureInvalid = "signature-invalid"
            // Claims
            case invalidClaim = "invalid-claim"
            case missingClaim = "missing-claim"
            case expired = "expired"
            case notYetValid = "not-yet-valid"
            case issuerMismatch = "issuer-mismatch"
            case audienceMismatch = "audience-mismatch"
            case subjectMismatch = "subject-mismatch"
            // Migration and the transition window
            case multipleAudiences = "multiple-audiences"
            case lifetimeExceeded = "lifetime-exceeded"
            case jwtCutoffPassed = "jwt-cutoff-passed"
            // Keys (exit status 2 on the command line)
            case invalidKey = "invalid-key"
            case unsupportedKey = "unsupported-key"
            case weakHMACKey = "weak-hmac-key"
        }

        private let backing: Backing

        private init(_ backing: Backing) { self.backing = backing }

        // MARK: The token's shape

        /// Not three strict base64url segments (`header.payload.signature`), or an empty header or payload.
        public static let malformedToken = Code(.malformedToken)
        /// Five segments: an encrypted JWT (JWE). Only signed JWTs (JWS) are read.
        public static let jweNotSupported = Code(.jweNotSupported)
        /// The token, header or payload is over a ``JWTLimits`` bound (length, nesting depth, member count).
        public static let limitExceeded = Code(.limitExceeded)
        /// The header is not a strict JSON object, has no `alg`, or a member of the wrong type.
        public static let invalidHeader = Code(.invalidHeader)
        /// The header names a member twice (parsers disagree on which one wins).
        public static let duplicateHeader = Code(.duplicateHeader)
        /// The payload is not strict JSON (syntax, invalid UTF-8).
        public static let invalidPayload = Code(.invalidPayload)
        /// The payload names a claim twice anywhere in its JSON.
        public static let duplicateClaim = Code(.duplicateClaim)
        /// The signed payload is JSON but not an object, so it holds no claims.
        public static let payloadNotObject = Code(.payloadNotObject)

        // MARK: Algorithm and key selection

        /// `alg` is `none` in any letter case: the token is not signed.
        public static let algNone = Code(.algNone)
        /// `alg` names no algorithm PasetoJWT verifies (names are case-sensitive: `hs256` is not `HS256`).
        public static let unsupportedAlgorithm = Code(.unsupportedAlgorithm)
        /// `alg` is outside the caller's allow-list.
        public static let algorithmNotAllowed = Code(.algorithmNotAllowed)
        /// `alg` is of another family than the key (e.g. `HS256` against an RSA key: algorithm confusion), or
        /// the `kid` names a key of another family, or a JWK pins another `alg`.
        public static let algorithmKeyMismatch = Code(.algorithmKeyMismatch)
        /// `crit` lists an extension this verifier does not implement (RFC 7515 §4.1.11), or is malformed.
        public static let unknownCriticalHeader = Code(.unknownCriticalHeader)
        /// The header offers a key or a place to fetch one (`jku`, `x5u`, `jwk`, `x5c`): a token never
        /// chooses the key that checks it.
        public static let embeddedKeyRefused = Code(.embeddedKeyRefused)
        /// The token has no `kid` and the key set holds more than one key.
        public static let missingKID = Code(.missingKID)
        /// The `kid` names no usable key of the key set (no fallback to another key).
        public static let unknownKID = Code(.unknownKID)

        // MARK: The signature

        /// The signature is not in the algorithm's exact form: ECDSA not raw `r‖s` of the curve's size or with
        /// `r` or `s` outside `[1, n-1]` (CVE-2022-21449), EdDSA not 64 bytes, HMAC not the hash's length.
        public static let invalidSignatureEncoding = Code(.invalidSignatureEncoding)
        /// The signature does not verify with the selected key.
        public static let signatureInvalid = Code(.signatureInvalid)

        // MARK: Claims

        /// A registered claim has the wrong type or form (`exp` not a number, `aud` not a string or an array
        /// of strings, a time outside the years 0000-9999).
        public static let invalidClaim = Code(.invalidClaim)
        /// A claim the rules check is absent.
        public static let missingClaim = Code(.missingClaim)
        /// `exp` has passed (beyond the leeway).
        public static let expired = Code(.expired)
        /// `nbf` lies in the future (beyond the leeway).
        public static let notYetValid = Code(.notYetValid)
        /// `iss` is not the expected issuer.
        public static let issuerMismatch = Code(.issuerMismatch)
        /// No `aud` value is an accepted audience.
        public static let audienceMismatch = Code(.audienceMismatch)
        /// `sub` is not the expected subject.
        public static let subjectMismatch = Code(.subjectMismatch)

        // MARK: Migration and the transition window

        /// `aud` is an array of several audiences and no ``JWTAudiencePolicy`` chooses one (PASETO's `aud`
        /// is one string).
        public static let multipleAudiences = Code(.multipleAudiences)
        /// The JWT's remaining lifetime is longer than the target policy's maximum lifetime.
        public static let lifetimeExceeded = Code(.lifetimeExceeded)
        /// A JWT arrived after the transition window's cutoff date.
        public static let jwtCutoffPassed = Code(.jwtCutoffPassed)

        // MARK: Keys

        /// The key file or value is not a well-formed PEM, JWK, JWKS or secret.
        public static let invalidKey = Code(.invalidKey)
        /// A well-formed key this build cannot use (an `oct` JWK, Ed448, an encrypted PEM, RSA under 2048 bits).
        public static let unsupportedKey = Code(.unsupportedKey)
        /// An HMAC secret shorter than the hash output of the algorithm (RFC 7518 §3.2).
        public static let weakHMACKey = Code(.weakHMACKey)

        /// The codes that concern the key rather than the token.
        static let keyProblems: Set<Code> = [.invalidKey, .unsupportedKey, .weakHMACKey]

        /// The stable lower-case reason, e.g. `alg-none`.
        public var description: String { backing.rawValue }
    }
}
