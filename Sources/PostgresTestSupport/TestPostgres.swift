import Foundation
public import Logging
import PasetoSessionsPostgres
import PostgresNIO

/// The throwaway PostgreSQL server `make test` starts (`.ci/with-postgres`), for the test targets: its URL
/// is in `PASETO_TEST_POSTGRES_URL`. Without it every PostgreSQL test fails, loudly; none is skipped.
public enum TestPostgres {
    /// The variable is not set.
    public struct Missing: Error, CustomStringConvertible {
        /// What to do.
        public var description: String {
            "PASETO_TEST_POSTGRES_URL is not set: run the tests with `make test` (or .ci/with-postgres swift test),"
                + " which starts a throwaway PostgreSQL server; the PostgreSQL tests never skip"
        }
    }

    /// The logger the tests give postgres-nio: errors only (the fault test's reconnection attempts are
    /// expected, and logged at info).
    public static let logger: Logger = {
        var logger = Logger(label: "paseto.tests.postgres")
        logger.logLevel = .error
        return logger
    }()

    /// The server's URL.
    public static func url() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["PASETO_TEST_POSTGRES_URL"], !url.isEmpty else {
            throw Missing()
        }
        return url
    }

    /// A schema name no other test uses.
    public static func freshName() -> String {
        "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    /// A new, empty database on the server; its URL.
    public static func freshDatabase() async throws -> String {
        let name = freshName()
        try await execute("CREATE DATABASE \(name)")
        let base = try url()
        guard let slash = base.lastIndex(of: "/") else { throw Missing() }
        return base[...slash] + name
    }

    /// The schema versions recorded in `schema`.
    public static func versions(schema: String) async throws -> [String] {
        try await withClient { client in
            var versions: [String] = []
            let rows = try await client.query(
                "SELECT version FROM \(unescaped: schema).paseto_schema_versions ORDER BY version",
                logger: logger
            )
            for try await version in rows.decode(String.self) { versions.append(version) }
            return versions
        }
    }

    /// Runs `sql` as it is (the tests' own statements: planting what a newer build would write).
    public static func execute(_ sql: String) async throws {
        try await withClient { client in
            _ = try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        }
    }

    private static func withClient<T: Sendable>(_ body: @Sendable (PostgresClient) async throws -> T) async throws -> T
    {
        let configuration = try PostgresSessionStore.Configuration(url: try url())
        let client = PostgresClient(configuration: configuration.client, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                await client.run()
                return nil
            }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }
}
