import Logging
import PasetoSessionsPostgres
import PostgresNIO

/// Direct SQL on the test server, to look at what the store wrote (or to plant what a newer build would).
enum SchemaProbe {
    static func versions(schema: String) async throws -> [String] {
        try await withClient { client in
            var versions: [String] = []
            let rows = try await client.query(
                "SELECT version FROM \(unescaped: schema).paseto_schema_versions ORDER BY version",
                logger: TestServer.logger
            )
            for try await version in rows.decode(String.self) { versions.append(version) }
            return versions
        }
    }

    static func execute(_ sql: String) async throws {
        try await withClient { client in
            _ = try await client.query(PostgresQuery(unsafeSQL: sql), logger: TestServer.logger)
        }
    }

    private static func withClient<T: Sendable>(_ body: @Sendable (PostgresClient) async throws -> T) async throws -> T
    {
        let configuration = try PostgresSessionStore.Configuration(url: try TestServer.url())
        let client = PostgresClient(configuration: configuration.client, backgroundLogger: TestServer.logger)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                await client.run(); return nil
            }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }
}
