import Logging

/// Opens the store a `DatabaseLocation` names, keeps what it needs running (PostgreSQL's pool of
/// connections) while `body` uses it, and stops that after.
public enum StoreOpening {
    /// `connections`: how many PostgreSQL connections the store may keep; `serving`: whether it answers
    /// requests, and keeps them open (`PostgresStore`).
    public static func with<T>(
        _ location: DatabaseLocation, connections: Int = 20, serving: Bool = false, logger: Logger,
        _ body: (any Store) async throws -> T
    ) async throws -> T {
        switch location {
        case .sqlite(let path):
            return try await body(try SQLiteStore(path: path))
        case .postgres(let postgres):
            let store = PostgresStore(postgres, connections: connections, serving: serving, logger: logger)
            return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
                group.addTask { await store.run() }
                defer { group.cancelAll() }
                return try await body(store)
            }
        }
    }
}
