import Foundation
import Logging
import TestSupport
import Testing

@testable import AuthServer

/// The two stores every test of the shared store suite runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A fresh, migrated store: a SQLite file in `folder`, or a new database in the test process's
    /// PostgreSQL cluster, whose connections `connections` keeps until it is cancelled.
    func makeStore(folder: String) async throws -> (store: any Store, connections: Task<Void, Never>?) {
        switch self {
        case .sqlite:
            let store = try SQLiteStore(path: folder + "/authterm-server.sqlite")
            _ = try await store.migrate()
            return (store, nil)
        case .postgres:
            return try await Self.postgresStore(in: try PostgresCluster.shared())
        }
    }

    /// A fresh, migrated store in a new database of `cluster`.
    static func postgresStore(in cluster: PostgresCluster) async throws -> (store: any Store, connections: Task<Void, Never>?) {
        let location = try DatabaseLocation.parse(cluster.url(database: try cluster.createDatabase()))
        guard case .postgres(let postgres) = location else { throw DatabaseLocationError("not a PostgreSQL URL") }
        // Few connections each: the tests running at once share one cluster.
        let store = PostgresStore(postgres, connections: 8, logger: Logger(label: "test"))
        let connections = Task { await store.run() }
        _ = try await store.migrate()
        return (store, connections)
    }
}
