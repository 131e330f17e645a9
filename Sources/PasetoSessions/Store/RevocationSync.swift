import Foundation
import PasetoKit
import Synchronization

/// Brings a ``RevocationCache`` up to date from its store, one read at a time: callers that need a sync
/// started no earlier than some instant share one in flight instead of each reading the store (during an
/// outage, every request waits on the same read, not on one each).
///
/// It is also the listener a ``RevocationNotifyingStore`` calls when events may have been committed.
final class RevocationSync: RevocationListener {
    private struct InFlight {
        var task: Task<Void, any Error>
        var startedAt: Date
        var generation: Int
    }

    private let store: any SessionStore
    private let cache: RevocationCache
    private let clock: any PasetoClock
    private let inFlight = Mutex<(current: InFlight?, generation: Int)>((nil, 0))

    init(store: any SessionStore, cache: RevocationCache, clock: any PasetoClock) {
        self.store = store
        self.cache = cache
        self.clock = clock
    }

    /// Reads the events after the cache's last one, in a read started at or after `earliest` (joining one
    /// in flight that started late enough).
    ///
    /// - Throws: whatever the store throws.
    func sync(notBefore earliest: Date) async throws {
        let task = inFlight.withLock { state -> Task<Void, any Error> in
            if let current = state.current, current.startedAt >= earliest { return current.task }
            state.generation += 1
            let generation = state.generation
            let start = clock.now()
            let task = Task { try await self.read(at: start, generation: generation) }
            state.current = InFlight(task: task, startedAt: start, generation: generation)
            return task
        }
        try await task.value
    }

    /// The store says events may have been committed: read them now, in the background.
    func revocationsMayHaveChanged() {
        let now = clock.now()
        Task { try? await self.sync(notBefore: now) }
    }

    private func read(at start: Date, generation: Int) async throws {
        defer {
            inFlight.withLock { state in
                if state.current?.generation == generation { state.current = nil }
            }
        }
        let events = try await store.revocationEvents(after: cache.sequence, at: start)
        cache.apply(events, syncedAt: start)
    }
}
