extension JWTKeySet: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The number of keys, their families and ids: never key bytes or an HMAC secret.
    public var description: String {
        let keys = entries.map { entry in entry.keyID.map { "\(entry.family) \($0)" } ?? "\(entry.family)" }
        return "JWTKeySet(\(keys.joined(separator: ", ")))"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` and debuggers do not reach an HMAC secret.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
