import Foundation
public import PostgresNIO

extension PostgresSessionStore {
    /// Where the store connects and how it behaves when the server is slow or gone.
    public struct Configuration: Sendable {
        /// The connection pool's configuration (host, credentials, TLS, pool size).
        public var client: PostgresClient.Configuration
        /// The schema holding the store's tables (created when missing); `nil` for the connection's default
        /// (`public`). A plain lower-case identifier: letters, digits and `_`, at most 63 bytes.
        public var schema: String?
        /// The most time one store operation may take, waiting for a connection included; past it the
        /// operation fails (`timed-out`) and a ``SessionManager`` answers `store-failure`. 5 seconds by
        /// default, so that an HTTP layer answers well within 10 s while the server is down.
        public var operationTimeout: Duration
        /// How often every listening ``SessionManager`` is asked to re-read the events, whatever the
        /// notifications: keep it below ``SessionConfiguration/revocationStaleness`` (1 s by default) so that an
        /// idle instance never reads the store on a request. 250 ms by default.
        public var heartbeat: Duration
        /// How long the listener waits before listening again after its connection was lost. 100 ms by
        /// default; it doubles on each failure, up to 2 seconds.
        public var reconnectDelay: Duration
        /// Whether the store creates and migrates its tables on first use (the default). Off, for a tool
        /// that must never change the schema (`paseto sessions`): a database without the tables, or with an
        /// older version of them, is refused (`missing-schema`).
        public var createsTables = true

        /// A configuration over a pool configuration of postgres-nio's.
        public init(
            client: PostgresClient.Configuration,
            schema: String? = nil,
            operationTimeout: Duration = .seconds(5),
            heartbeat: Duration = .milliseconds(250),
            reconnectDelay: Duration = .milliseconds(100)
        ) {
            self.client = client
            self.schema = schema
            self.operationTimeout = operationTimeout
            self.heartbeat = heartbeat
            self.reconnectDelay = reconnectDelay
        }

        /// A configuration from a URL: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]`.
        ///
        /// `MODE` is `disable`, `prefer` (the default: TLS when the server offers it) or `require`. User and
        /// password are percent-decoded. The pool holds at most `maximumConnections` connections, one of them
        /// for listening.
        ///
        /// - Throws: ``PostgresSessionStoreError`` `invalid-url`.
        public init(url: String, schema: String? = nil, maximumConnections: Int = 20) throws {
            let parsed = try PostgresURL(url)
            var client = PostgresClient.Configuration(
                host: parsed.host,
                port: parsed.port,
                username: parsed.user,
                password: parsed.password,
                database: parsed.database,
                tls: parsed.tls
            )
            client.options.maximumConnections = max(2, maximumConnections)
            client.options.connectTimeout = .seconds(3)
            self.init(client: client, schema: schema)
        }
    }
}

/// The parts of a `postgres://` URL.
struct PostgresURL {
    let user: String
    let password: String?
    let host: String
    let port: Int
    let database: String
    let tls: PostgresClient.Configuration.TLS

    init(_ text: String) throws {
        func invalid(_ why: String) -> PostgresSessionStoreError {
            PostgresSessionStoreError(
                .invalidURL,
                "the store URL is not postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE: \(why)"
            )
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else { throw invalid("the scheme must be postgres") }
        guard let user = components.user, !user.isEmpty else { throw invalid("no user") }
        guard let host = components.host, !host.isEmpty else { throw invalid("no host") }
        let database = String(components.path.dropFirst())
        guard !database.isEmpty, !database.contains("/") else { throw invalid("no database") }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw invalid("the port is out of range") }
        var tls = PostgresClient.Configuration.TLS.prefer(.makeClientConfiguration())
        for item in components.queryItems ?? [] {
            switch (item.name, item.value) {
            case ("sslmode", "disable"): tls = .disable
            case ("sslmode", "prefer"): tls = .prefer(.makeClientConfiguration())
            case ("sslmode", "require"): tls = .require(.makeClientConfiguration())
            default: throw invalid("unknown option \(item.name)")
            }
        }
        // URLComponents percent-decodes user and password.
        self.user = user
        self.password = components.password
        self.host = host
        self.port = port
        self.database = database
        self.tls = tls
    }
}
