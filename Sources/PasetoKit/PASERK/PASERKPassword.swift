/// A password that wraps or unwraps a key as a PASERK `local-pw` or `secret-pw`.
///
/// The password's bytes are copied into memory that is wiped when the last copy of the value goes away, and
/// no description shows them (not even their number). Text is taken as its UTF-8 bytes exactly as given: no
/// Unicode normalisation and no trimming, so `"café"` typed in two normalisation forms is two passwords.
///
/// ```swift
/// let password = PASERKPassword("correct horse battery staple")
/// let stored = try key.wrap(withPassword: password)
/// let restored = try PasetoV4.Local.Key(unwrapping: stored, withPassword: password)
/// ```
public struct PASERKPassword: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    package let bytes: SecretBytes

    /// A password made of the UTF-8 bytes of `text`.
    ///
    /// - Important: Swift strings are ordinary memory: the `text` you pass is not wiped. Only this value's
    ///   copy is.
    public init(_ text: String) {
        var text = text
        bytes = text.withUTF8 { SecretBytes(copying: UnsafeRawBufferPointer($0)) }
    }

    /// A password made of `bytes` exactly (for example a password file read byte for byte).
    ///
    /// - Important: The array you pass is not wiped; see ``init(wiping:)``.
    public init(bytes: [UInt8]) {
        self.bytes = SecretBytes(copying: bytes)
    }

    /// A password made of `bytes`, whose storage is then overwritten with zeros and emptied.
    ///
    /// - Important: Only storage this array owns alone is wiped. An array that shares its buffer with a copy
    ///   is copied before the wipe (copy-on-write), and the other copy keeps the password.
    public init(wiping bytes: inout [UInt8]) {
        self.bytes = SecretBytes(copying: bytes)
        bytes.withUnsafeMutableBytes { SecureZero.wipe($0) }
        bytes.removeAll()
    }

    /// Whether the password has no bytes. An empty password cannot wrap a key.
    public var isEmpty: Bool { bytes.count == 0 }

    /// `PASERKPassword(redacted)`: neither the bytes nor their number.
    public var description: String { "PASERKPassword(redacted)" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` and debuggers show nothing of the password.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
