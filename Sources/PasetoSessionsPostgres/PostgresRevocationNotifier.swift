import Logging
import PasetoSessions
import PostgresNIO
import Synchronization

/// Tells every listening ``SessionManager`` of this process when revocations may have been committed:
/// on each `NOTIFY` on the store's channel, after each (re)connection of the listening connection (so
/// what was missed while disconnected is read again), and on every heartbeat.
final class PostgresRevocationNotifier: Sendable {
    private struct WeakListener {
        weak var listener: (any RevocationListener)?
    }

    private let listeners = Mutex<[WeakListener]>([])
    private let connected = Atomic<Bool>(false)

    /// Whether the listening connection is up (`LISTEN` issued and not lost since).
    var isListening: Bool { connected.load(ordering: .acquiring) }

    func add(_ listener: any RevocationListener) {
        listeners.withLock { list in
            list.removeAll { $0.listener == nil }
            list.append(WeakListener(listener: listener))
        }
    }

    /// Calls every live listener.
    func notifyAll() {
        let live = listeners.withLock { list in
            list.removeAll { $0.listener == nil }
            return list.compactMap(\.listener)
        }
        for listener in live { listener.revocationsMayHaveChanged() }
    }

    /// Listens on `channel` through one connection of `client` until cancelled, listening again after
    /// each loss with a growing delay (from `reconnectDelay`, doubling, at most 2 seconds).
    func listen(client: PostgresClient, reconnectDelay: Duration, logger: Logger) async {
        var delay = reconnectDelay
        while !Task.isCancelled {
            do {
                try await client.withConnection { connection in
                    try await connection.listen(on: PostgresSessionSchema.channel) { notifications in
                        connected.store(true, ordering: .releasing)
                        delay = reconnectDelay
                        // Anything committed while not listening is read again now.
                        notifyAll()
                        for try await _ in notifications { notifyAll() }
                    }
                }
            } catch {
                if !Task.isCancelled {
                    logger.warning("paseto-sessions: the revocation listener lost its connection; listening again")
                }
            }
            connected.store(false, ordering: .releasing)
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, .seconds(2))
        }
    }

    /// Calls every listener every `interval` until cancelled.
    func heartbeat(every interval: Duration) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            notifyAll()
        }
    }
}
