import Foundation
import PasetoKit
import PasetoSessions
import PasetoSessionsPostgres
import PostgresNIO
import PostgresTestSupport
import SessionStoreConformance
import Testing

/// Schema versions under an advisory lock, URLs and schema names.
@Suite("PostgreSQL schema and configuration")
struct PostgresSchemaTests {
    @Test("eight instances starting at once on a new schema migrate it once, and all work")
    func concurrentMigration() async throws {
        let schema = TestServer.freshSchema()
        let configurations = try (0..<8).map { _ in try TestServer.configuration(schema: schema, maximumConnections: 3)
        }
        let versions = try await withRunningStores(configurations) { stores in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for store in stores { group.addTask { try await store.migrate() } }
                try await group.waitForAll()
            }
            for (index, store) in stores.enumerated() {
                #expect(try await store.subjectVersion("user-\(index)") == 0)
            }
            return try await TestPostgres.versions(schema: schema)
        }
        #expect(versions == PostgresSessionSchema.versions)
    }

    @Test("a database migrated by a newer build is refused, never written")
    func newerSchemaRefused() async throws {
        let schema = TestServer.freshSchema()
        try await withRunningStores([try TestServer.configuration(schema: schema)]) { stores in
            try await stores[0].migrate()
        }
        try await TestPostgres.execute("INSERT INTO \(schema).paseto_schema_versions (version) VALUES ('v999')")
        try await withRunningStores([try TestServer.configuration(schema: schema)]) { stores in
            await #expect(throws: PostgresSessionStoreError(.newerSchema, "")) { try await stores[0].migrate() }
            let manager = try SessionManager(
                key: .local(.generate()),
                store: stores[0],
                configuration: SessionConfiguration(issuer: "i", audience: "a")
            )
            let code = await sessionErrorCode {
                try await manager.login(subject: "alice", context: TwoInstances.browser)
            }
            #expect(code == .storeFailure)
        }
    }

    @Test("store URLs: the documented forms parse, anything else is invalid-url")
    func urls() throws {
        for good in [
            "postgres://paseto@127.0.0.1/db", "postgres://paseto:p%40ss@localhost:6543/db?sslmode=disable",
            "postgresql://u:p@[::1]:5432/db?sslmode=require",
        ] {
            #expect(throws: Never.self) { try PostgresSessionStore.Configuration(url: good) }
        }
        for bad in [
            "mysql://u@h/db", "postgres://h/db", "postgres://u@/db", "postgres://u@h", "postgres://u@h/",
            "postgres://u@h:99999/db", "postgres://u@h/db?sslmode=maybe", "postgres://u@h/db?x=1", "not a url",
        ] {
            #expect(throws: PostgresSessionStoreError(.invalidURL, ""), "\(bad)") {
                try PostgresSessionStore.Configuration(url: bad)
            }
        }
        let decoded = try PostgresSessionStore.Configuration(url: "postgres://paseto:p%40ss@localhost/db")
        #expect(decoded.client.password == "p@ss")
    }

    @Test("schema names are plain identifiers; anything else is invalid-schema before connecting")
    func schemaNames() throws {
        let url = try TestServer.url()
        for bad in ["", "Public", "a-b", "a b", "x;DROP TABLE t", "\"q\"", String(repeating: "a", count: 64), "1abc"] {
            #expect(throws: PostgresSessionStoreError(.invalidSchema, ""), "\(bad)") {
                try PostgresSessionStore(configuration: try TestServer.configuration(url: url, schema: bad))
            }
        }
    }
}
