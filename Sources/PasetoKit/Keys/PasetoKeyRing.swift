import Foundation

/// Keys of one type (so one version and purpose), indexed by their PASERK id, for rotation without downtime.
///
/// Keys are indexed by ``PasetoKey/tokenKeyID`` — the `lid` of a local key, the public key's `pid` for secret
/// and public keys — and every operation takes the key itself (``activate(_:)``, ``retire(_:)``,
/// ``remove(_:)``, ``status(of:)``) as well as its id. Ids are compared as exact bytes, never by Unicode
/// canonical equivalence.
///
/// One key is *active*: it issues tokens and writes its id as the footer `kid`. *Accepted* keys still verify
/// tokens they issued earlier. *Retired* keys are kept only to refuse their tokens with `retired-key`. A
/// token whose `kid` names no key is refused with `unknown-key` without trying any other key; a token
/// without `kid` is refused too, unless the ring was made with `allowsTokensWithoutKeyID`, in which case it
/// is tried against the active and accepted keys.
///
/// The ring is safe to use from many threads; rotating keys while tokens are checked is supported.
///
/// ```swift
/// let ring = PasetoKeyRing<PasetoV4.Local.Key>()
/// try ring.add(.generate(), status: .active)
/// let token = try ring.encrypt(PasetoClaims(issuer: "auth", audience: "api"))
/// let claims = try ring.decrypt(token, as: NoCustomClaims.self, rules: ClaimRules(issuer: "auth", audience: "api"))
/// ```
public final class PasetoKeyRing<Key: PasetoKey>: @unchecked Sendable {
    /// Where a key stands in its rotation.
    public enum Status: Hashable, Sendable {
        /// Issues tokens (one key at most) and verifies them.
        case active
        /// Verifies tokens only.
        case accepted
        /// Refuses its tokens with `retired-key`.
        case retired
    }

    /// Whether a token without `kid` is tried against the usable keys (off by default).
    public let allowsTokensWithoutKeyID: Bool

    // All state is behind `lock`; that is what makes the `@unchecked Sendable` sound.
    private let lock = NSLock()
    private var keys: [ExactText: Key] = [:]
    private var statuses: [ExactText: Status] = [:]
    private var order: [String] = []

    /// An empty ring.
    public init(allowsTokensWithoutKeyID: Bool = false) {
        self.allowsTokensWithoutKeyID = allowsTokensWithoutKeyID
    }

    /// Adds `key` under its ``PasetoKey/tokenKeyID``. Adding it as `.active` demotes the previous active key
    /// to `.accepted`.
    ///
    /// - Throws: ``PasetoError`` `invalid-key` when a key with that id is already in the ring.
    public func add(_ key: Key, status: Status = .accepted) throws {
        let id = key.tokenKeyID
        let exact = ExactText(id)
        try lock.withLock {
            guard keys[exact] == nil else {
                throw PasetoError.make(.invalidKey, "the key ring already holds \(id)")
            }
            keys[exact] = key
            order.append(id)
            statuses[exact] = .accepted
            if status == .active { makeActive(exact) } else { statuses[exact] = status }
        }
    }

    /// Makes the key `id` the one that issues tokens; the previous active key becomes `.accepted`.
    ///
    /// - Throws: ``PasetoError`` `unknown-key` for an id not in the ring, `retired-key` for a retired key.
    public func activate(keyID id: String) throws {
        try lock.withLock {
            switch statuses[ExactText(id)] {
            case nil: throw PasetoError.make(.unknownKey, "the key ring holds no key \(id)")
            case .retired?: throw PasetoError.make(.retiredKey, "the key \(id) is retired")
            default: makeActive(ExactText(id))
            }
        }
    }

    /// Retires the key `id`: its tokens are refused from now on. Retiring the active key leaves the ring
    /// without an active key until another is activated.
    ///
    /// - Throws: ``PasetoError`` `unknown-key` for an id not in the ring.
    public func retire(keyID id: String) throws {
        try lock.withLock {
            guard statuses[ExactText(id)] != nil else {
                throw PasetoError.make(.unknownKey, "the key ring holds no key \(id)")
            }
            statuses[ExactText(id)] = .retired
        }
    }

    /// Removes the key `id`; its tokens then fail with `unknown-key`.
    public func remove(keyID id: String) {
        lock.withLock {
            keys[ExactText(id)] = nil
            statuses[ExactText(id)] = nil
            order.removeAll { $0.isExactly(id) }
        }
    }

    /// The id of the active key, if any.
    public var activeKeyID: String? {
        lock.withLock { order.first { statuses[ExactText($0)] == .active } }
    }

    /// The status of the key `id`, or `nil` when the ring does not hold it.
    public func status(ofKeyID id: String) -> Status? {
        lock.withLock { statuses[ExactText(id)] }
    }

    /// Every key id in the order the keys were added.
    public var keyIDs: [String] {
        lock.withLock { order }
    }

    private func makeActive(_ id: ExactText) {
        for (other, status) in statuses where status == .active { statuses[other] = .accepted }
        statuses[id] = .active
    }

    /// The active key and its id.
    ///
    /// - Throws: ``PasetoError`` `unknown-key` when no key is active.
    func activeKey() throws -> (id: String, key: Key) {
        try lock.withLock {
            guard let id = order.first(where: { statuses[ExactText($0)] == .active }), let key = keys[ExactText(id)]
            else {
                throw PasetoError.make(.unknownKey, "the key ring has no active key")
            }
            return (id, key)
        }
    }

    /// The keys that may check `token`: the one its `kid` names, or (when allowed) every usable key.
    ///
    /// - Throws: ``PasetoError`` `key-mismatch` for a token of another version or purpose, `unknown-key`,
    ///   `retired-key`, and the footer's `limit-exceeded` / `invalid-footer`.
    func candidateKeys(for token: String, limits: PasetoLimits) throws -> [Key] {
        try limits.checkTokenLength(token)
        let untrusted = try UntrustedToken(token)
        guard untrusted.header == Key.tokenHeader else {
            throw PasetoError.make(
                .keyMismatch,
                "the token is \(untrusted.header.name) but the key ring holds \(Key.tokenHeader.name) keys"
            )
        }
        let footer = try untrusted.untrustedParsedFooter(limits: limits)
        return try lock.withLock {
            guard let id = footer.keyID else {
                guard allowsTokensWithoutKeyID else {
                    throw PasetoError.make(
                        .unknownKey,
                        "the token's footer names no kid and this key ring requires one"
                    )
                }
                return order.filter { statuses[ExactText($0)] != .retired }.compactMap { keys[ExactText($0)] }
            }
            // A kid is public (it travels in the clear), so the messages name it.
            switch statuses[ExactText(id)] {
            case nil: throw PasetoError.make(.unknownKey, "no key of this ring has the token's kid \(id)")
            case .retired?: throw PasetoError.make(.retiredKey, "the token's kid \(id) names a retired key")
            default: return keys[ExactText(id)].map { [$0] } ?? []
            }
        }
    }

    /// Runs `check` with each candidate key in turn and returns the first success; the last failure (or
    /// `authentication-failed` when no key authenticated) otherwise.
    func firstSuccess<Result>(for token: String, limits: PasetoLimits, _ check: (Key) throws -> Result) throws -> Result
    {
        var lastError: (any Error)?
        for key in try candidateKeys(for: token, limits: limits) {
            do {
                return try check(key)
            } catch let error as PasetoError where error.code == .authenticationFailed {
                lastError = error
            }
        }
        throw lastError ?? PasetoError.make(.authenticationFailed, "no key of the ring authenticated the token")
    }
}
