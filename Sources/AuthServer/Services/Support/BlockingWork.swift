import NIOPosix

/// Runs CPU-heavy work (Argon2id) on NIO's bounded thread pool, off the threads that serve requests,
/// so that a burst of password checks does not stall light requests.
enum BlockingWork {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(work)
    }
}
