public import PasetoSessions

/// The code of the `SessionError` that `body` throws, or `nil` when it throws none (or another error): for
/// the session tests of every store.
public func sessionErrorCode<T>(_ body: () async throws -> T) async -> SessionError.Code? {
    do {
        _ = try await body()
        return nil
    } catch let error as SessionError {
        return error.code
    } catch {
        return nil
    }
}
