/// A ``SessionStore`` that tells each process when revocations may have been committed anywhere (the
/// PostgreSQL store does, with `LISTEN`/`NOTIFY`), so that a ``SessionManager`` applies them within
/// milliseconds instead of at its next sync.
///
/// A ``SessionManager`` made over such a store adds itself as a listener; on each call it re-reads the
/// events after the last one it has (``SessionStore/revocationEvents(after:at:)``). Call the listeners:
/// - after each notification of a committed revocation,
/// - after each (re)connection, so that what was committed while disconnected is read again,
/// - and regularly (a heartbeat, shorter than ``SessionConfiguration/revocationStaleness``), so that an
///   idle instance stays within its staleness bound without a store round trip on a request.
public protocol RevocationNotifyingStore: SessionStore {
    /// Adds `listener`, held weakly: once nothing else holds it, the store drops it.
    func addRevocationListener(_ listener: any RevocationListener)
}

/// What a ``RevocationNotifyingStore`` calls when revocation events may have been committed.
public protocol RevocationListener: AnyObject, Sendable {
    /// Revocation events may have been committed since the listener last read them; it should read them
    /// again soon. Called from the store's background task: return quickly, do the reading elsewhere.
    func revocationsMayHaveChanged()
}
