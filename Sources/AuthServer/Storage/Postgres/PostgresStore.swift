import Foundation
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// The store of several server instances sharing one PostgreSQL database, through a pool of
/// connections (PostgresNIO's `PostgresClient`). Every rule that must hold across instances is a
/// conditional statement or one transaction that locks what it reads (`FOR UPDATE`, or a
/// transaction-scoped advisory lock for rows that may not exist yet).
public final class PostgresStore: Sendable {
    let client: PostgresClient
    let logger: Logger
    /// The steps waiting for a connection, given up after `connectionWait`.
    private let connectionWaits: ConnectionWaits

    /// How long a step may wait for a connection: the pool keeps trying to connect meanwhile, and a
    /// database that gives none for this long is taken as gone (the step is not run again).
    var connectionWait: Duration { connectionWaits.limit }

    /// Runs of a step that failed for a passing reason, before it is given up as unavailable.
    static let attempts = 3

    /// A store over at most `connections` connections, whose steps wait at most `connectionWait` for one.
    /// `serving`: the store answers requests, so its connections are opened at once and stay open,
    /// rather than opened on demand and closed when idle (which sets timers on every step).
    public init(
        _ location: PostgresLocation, connections: Int = 20, serving: Bool = false, connectionWait: Duration = .seconds(5),
        logger: Logger
    ) {
        var configuration: PostgresClient.Configuration
        switch location.endpoint {
        case .tcp(let host, let port):
            let tls: PostgresClient.Configuration.TLS = switch location.tls {
            case .disable: .disable
            case .prefer: .prefer(.makeClientConfiguration())
            case .require: .require(.makeClientConfiguration())
            }
            configuration = .init(
                host: host, port: port, username: location.user, password: location.password,
                database: location.database, tls: tls)
        case .socket(let path):
            configuration = .init(
                unixSocketPath: path, username: location.user, password: location.password, database: location.database)
        }
        configuration.options.connectTimeout = .seconds(3)
        configuration.options.maximumConnections = max(connections, 1)
        // PostgresNIO wants fewer kept open than at most; the last one is opened on demand.
        configuration.options.minimumConnections = serving ? max(connections - 1, 0) : 0
        // No keep-alive queries (nor their timer on every step): a connection the network dropped
        // fails its next step, which is run again on another.
        configuration.options.keepAliveBehavior = nil
        // PostgresNIO's own messages (each failed connection attempt) would drown the store's.
        var background = logger
        background.logLevel = .error
        client = PostgresClient(configuration: configuration, backgroundLogger: background)
        self.logger = logger
        connectionWaits = ConnectionWaits(limit: connectionWait)
    }

    /// Keeps the connections, and gives up waits for one that last too long: runs as long as the
    /// store is used.
    public func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.connectionWaits.watch() }
            await client.run()
            group.cancelAll()
        }
    }

    /// Runs `body` in one transaction on one connection. A run that fails for a passing reason (a
    /// dropped connection, a serialization failure, a deadlock, the database restarting) is rolled
    /// back and made again; after `attempts`, or when no connection comes within `connectionWait`,
    /// the step throws `StoreError.unavailable`.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await retrying { connection in
            try await connection.query("BEGIN", logger: self.logger)
            do {
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: self.logger)
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    /// Runs one statement outside a transaction and hands over its rows.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await retrying { connection in try await connection.query(query, logger: self.logger).collect() }
    }

    /// Runs a prepared statement (prepared once per connection) and hands over its rows.
    func rows<Statement: PostgresPreparedStatement>(_ statement: Statement) async throws -> [Statement.Row]
    where Statement.Row: Sendable {
        try await retrying { connection in
            var rows: [Statement.Row] = []
            for try await row in try await connection.execute(statement, logger: self.logger) { rows.append(row) }
            return rows
        }
    }

    private func retrying<T: Sendable>(_ step: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        for attempt in 1...Self.attempts {
            do {
                return try await withLeasedConnection(step)
            } catch is NoConnection {
                logger.warning("no database connection within \(connectionWait)")
                break
            } catch let error where Self.isPassing(error) {
                logger.warning("database step failed (\(attempt) of \(Self.attempts)): \(Self.summary(of: error))")
                try await Task.sleep(for: .milliseconds(100 * attempt))
            }
        }
        throw StoreError.unavailable
    }

    private struct NoConnection: Error {}

    /// Whether a step got its connection first, or gave up waiting for one first.
    private final class Lease: Sendable {
        private let state = Atomic<UInt8>(0)  // waiting, taken, given up

        func take() -> Bool { state.compareExchange(expected: 0, desired: 1, ordering: .relaxed).exchanged }
        func giveUp() -> Bool { state.compareExchange(expected: 0, desired: 2, ordering: .relaxed).exchanged }
        var isGivenUp: Bool { state.load(ordering: .relaxed) == 2 }
    }

    /// Runs `work` on a connection of the pool; `NoConnection` when none comes within `connectionWait`.
    /// Once it has one, the work runs as long as it takes: a live connection answers or fails.
    private func withLeasedConnection<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T)
        async throws -> T
    {
        let lease = Lease()
        let step = Task {
            try await self.client.withConnection { connection in
                guard lease.take() else { throw NoConnection() }
                return try await work(connection)
            }
        }
        let wait = connectionWaits.begin { if lease.giveUp() { step.cancel() } }
        defer { connectionWaits.end(wait) }
        do {
            return try await withTaskCancellationHandler { try await step.value } onCancel: { step.cancel() }
        } catch {
            throw lease.isGivenUp ? NoConnection() : error
        }
    }

    /// SQLSTATEs of failures that go away: serialization failure, deadlock, the server shutting
    /// down or starting, and every connection exception (class 08).
    private static let passingStates: Set<String> = ["40001", "40P01", "57P01", "57P02", "57P03"]

    static func isPassing(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return true
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            return passingStates.contains(state) || state.hasPrefix("08")
        default:
            return false
        }
    }

    /// The SQLSTATE of a server error.
    static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// What went wrong, without the query's values.
    private static func summary(of error: any Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: type(of: error)) }
        return "\(error.code) \(error.serverInfo?[.sqlState] ?? "")"
    }
}

extension PostgresConnection {
    /// Runs `query` and returns every row; a statement that changes rows says which with `RETURNING`.
    func rows(_ query: PostgresQuery, logger: Logger) async throws -> [PostgresRow] {
        try await self.query(query, logger: logger).collect()
    }
}
