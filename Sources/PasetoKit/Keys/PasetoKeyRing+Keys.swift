extension PasetoKeyRing {
    /// Makes `key` the one that issues tokens; the previous active key becomes `.accepted`.
    ///
    /// The same as ``activate(keyID:)`` with `key.tokenKeyID`, without the chance of passing the wrong id
    /// (a secret key's ``PasetoKey/paserkID`` is its `sid`, while the ring knows it by its public key's `pid`).
    ///
    /// - Throws: ``PasetoError`` `unknown-key` when the ring does not hold `key`, `retired-key` when it is retired.
    public func activate(_ key: Key) throws { try activate(keyID: key.tokenKeyID) }

    /// Retires `key`: its tokens are refused with `retired-key` from now on.
    ///
    /// - Throws: ``PasetoError`` `unknown-key` when the ring does not hold `key`.
    public func retire(_ key: Key) throws { try retire(keyID: key.tokenKeyID) }

    /// Removes `key`; its tokens then fail with `unknown-key`.
    public func remove(_ key: Key) { remove(keyID: key.tokenKeyID) }

    /// The status of `key`, or `nil` when the ring does not hold it.
    public func status(of key: Key) -> Status? { status(ofKeyID: key.tokenKeyID) }
}
