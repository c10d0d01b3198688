import Foundation
import Logging
import ServiceLifecycle

/// Deletes what can no longer be used (expired sign-in flows, setups, codes and sessions) every
/// `expirySweepInterval`, so the database keeps only live credentials. Runs beside the HTTP
/// server and stops with it.
public struct ExpirySweeper: Service {
    let services: Services
    let logger: Logger

    public init(services: Services, logger: Logger) {
        self.services = services
        self.logger = logger
    }

    public func run() async {
        let interval = Duration.seconds(max(1, services.configuration.expirySweepInterval))
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let deleted = try await sweep()
                    if deleted > 0 { logger.info("deleted \(deleted) expired records") }
                } catch {
                    logger.error("could not delete expired records: \(error)")
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One sweep; returns how many records went. A remember token outlives its access session by
    /// the idle window.
    public func sweep() async throws -> Int {
        let now = services.clock.now
        let idle = TimeInterval(services.configuration.rememberIdleWindow)
        return try await services.store.deleteExpired(at: now, rememberUsedBefore: now.addingTimeInterval(-idle))
    }
}
