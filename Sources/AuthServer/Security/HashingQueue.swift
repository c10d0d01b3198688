import NIOPosix
import Synchronization

/// Bounds the Argon2id work that is waiting or running: beyond `limit`, a request is answered
/// `unavailable` at once (with `retry_after`), so a flood of password guesses cannot queue work
/// without end. The work runs on NIO's thread pool, off the threads that serve requests, so a
/// burst of password checks does not stall light requests.
final class HashingQueue: Sendable {
    let limit: Int
    private let inFlight = Mutex(0)
    private let metrics: ServerMetrics

    init(limit: Int, metrics: ServerMetrics) {
        self.limit = limit
        self.metrics = metrics
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let admitted = inFlight.withLock { count in
            guard count < limit else { return false }
            count += 1
            metrics.hashingQueue(depth: count)
            return true
        }
        guard admitted else {
            throw APIError(.unavailable, "The server is busy checking passwords; try again shortly.", retryAfter: 1)
        }
        defer {
            inFlight.withLock { count in
                count -= 1
                metrics.hashingQueue(depth: count)
            }
        }
        return try await NIOThreadPool.singleton.runIfActive(work)
    }
}
