internal import CSodium

/// One-time libsodium initialisation, touched by every wrapper before its first call.
///
/// `sodium_init()` is idempotent and thread-safe; the `static let` makes Swift run it exactly once.
enum Sodium {
    private static let initialized: Bool = sodium_init() >= 0

    /// Ensures libsodium is ready; a failure here means the process cannot do any cryptography.
    @inline(__always)
    static func ensureInitialized() {
        precondition(initialized, "libsodium failed to initialise")
    }
}
