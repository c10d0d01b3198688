import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

@testable import AuthServer

/// The two stores every test of the shared store suite runs against.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A fresh, migrated store: a SQLite file in `folder`, or a new database in the test process's
    /// PostgreSQL cluster, taken in turns.
    func makeStore(folder: String) async throws -> OpenedStore {
        switch self {
        case .sqlite:
            let store = try SQLiteStore(path: folder + "/authterm-server.sqlite")
            _ = try await store.migrate()
            return OpenedStore(store: store)
        case .postgres:
            await PostgresTurns.shared.take()
            do {
                // The tests of a loaded machine share the cluster: a step may wait long for a connection
                // without the database being gone (that case has tests of its own).
                return try await OpenedStore.postgres(
                    in: try PostgresCluster.shared(), connectionWait: .seconds(30), turn: true)
            } catch {
                PostgresTurns.shared.give()
                throw error
            }
        }
    }
}

/// A store of a test, and what it holds while the test uses it: PostgreSQL's connections, a turn.
final class OpenedStore: Sendable {
    let store: any Store
    private let connections: Task<Void, Never>?
    private let turn: Bool

    init(store: any Store, connections: Task<Void, Never>? = nil, turn: Bool = false) {
        self.store = store
        self.connections = connections
        self.turn = turn
    }

    deinit {
        connections?.cancel()
        if turn { PostgresTurns.shared.give() }
    }

    /// A migrated store in `database` of `cluster`, by default a new one.
    static func postgres(
        in cluster: PostgresCluster, database: String? = nil, connectionWait: Duration = .seconds(5), turn: Bool = false
    ) async throws -> OpenedStore {
        let location = try DatabaseLocation.parse(cluster.url(database: try database ?? cluster.createDatabase()))
        guard case .postgres(let postgres) = location else { throw DatabaseLocationError("not a PostgreSQL URL") }
        // Few connections each: the tests running at once share one cluster.
        let store = PostgresStore(
            postgres, connections: 8, connectionWait: connectionWait, logger: Logger(label: "test"))
        let opened = OpenedStore(store: store, connections: Task { await store.run() }, turn: turn)
        _ = try await store.migrate()
        return opened
    }
}

/// PostgreSQL-backed stores of the tests take turns, a few at a time: the test cluster shares the
/// machine's cores with every other test, and dozens of stores hammering it at once would starve
/// each other past the store's own timeouts.
final class PostgresTurns: Sendable {
    static let shared = PostgresTurns(turns: 4)

    private struct State {
        var free: Int
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state: Mutex<State>

    init(turns: Int) {
        state = Mutex(State(free: turns))
    }

    func take() async {
        await withCheckedContinuation { continuation in
            let granted = state.withLock { state in
                guard state.free > 0 else {
                    state.waiting.append(continuation)
                    return false
                }
                state.free -= 1
                return true
            }
            if granted { continuation.resume() }
        }
    }

    func give() {
        let next = state.withLock { state in
            if state.waiting.isEmpty {
                state.free += 1
                return nil as CheckedContinuation<Void, Never>?
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
