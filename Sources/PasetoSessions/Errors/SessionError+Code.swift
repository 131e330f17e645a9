extension SessionError {
    /// A stable reason code; new codes never break clients.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The lower-case reason, e.g. `refresh-token-reused`.
        public let description: String

        private init(_ description: String) { self.description = description }

        /// A refresh token that is malformed, unknown, or no longer usable (expired, revoked): the client
        /// must log in again. Garbage, empty and oversized input all end here, before any store call.
        public static let invalidRefreshToken = Code("invalid-refresh-token")
        /// A refresh token that was already used up was presented again: its session is revoked, with every
        /// refresh and access token of it (RFC 9700 §4.14).
        public static let refreshTokenReused = Code("refresh-token-reused")
        /// The unusual-use policy asked for a new login: the session is revoked.
        public static let reauthenticationRequired = Code("reauthentication-required")
        /// The unusual-use policy refused this request; the session stays as it was.
        public static let denied = Code("denied")
        /// The access token, its session or its subject was revoked.
        public static let revoked = Code("revoked")
        /// The access token is not bound to the fingerprint presented (or none was presented).
        public static let fingerprintMismatch = Code("fingerprint-mismatch")
        /// The access token expired (or is not valid yet), or the session passed its absolute expiry.
        public static let expired = Code("expired")
        /// The access token is malformed, not ours, or fails its claim rules.
        public static let invalidAccessToken = Code("invalid-access-token")
        /// The session store failed (disk full, locked, corrupt, unreachable): nothing was accepted.
        public static let storeFailure = Code("store-failure")
        /// A configuration value out of its range (a grace window over 60 s, a lifetime of zero).
        public static let invalidConfiguration = Code("invalid-configuration")
    }
}
