import HummingbirdTesting
import Testing

extension APIClient {
    /// Runs `body` `count` times at once, each on a connection of its own (one HTTP/1.1 connection
    /// answers one request at a time); what each returned, in order. A request may take long on a
    /// loaded machine: the attempts that arrive together wait for each other in the store.
    func concurrently<T: Sendable>(
        _ count: Int, _ body: @escaping @Sendable (_ index: Int, _ api: APIClient) async throws -> T
    ) async throws -> [T] {
        let port = try #require(port)
        let connections = (0..<count).map { _ in TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(90))) }
        for connection in connections { connection.connect() }
        let results = await withTaskGroup(of: (Int, Result<T, any Error>).self) { group in
            for (index, connection) in connections.enumerated() {
                group.addTask {
                    do {
                        return (index, .success(try await body(index, APIClient(connection: connection, port: port))))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var results = [Result<T, any Error>?](repeating: nil, count: count)
            for await (index, result) in group { results[index] = result }
            return results
        }
        for connection in connections { try? await connection.shutdown() }
        return try results.map { try $0!.get() }
    }
}
