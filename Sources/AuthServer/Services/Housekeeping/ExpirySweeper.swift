import Foundation
import Logging
import ServiceLifecycle

/// Deletes what can no longer be used (expired sign-in flows, setups, codes and sessions, retired
/// remember tokens) or need no longer be kept (idle throttle counters, audit events past
/// `auditRetention`) every `expirySweepInterval`. Runs beside the HTTP server and stops with it.
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

    /// How long throttle counters are kept once their window and lock are over: a day without
    /// failures forgives a lockout history, so pausing never shortens the next lock.
    static let throttleRetention: TimeInterval = 86_400

    /// One sweep; returns how many records went. A remember token outlives its access session by
    /// the idle window, at most until its family's maximum lifetime.
    public func sweep() async throws -> Int {
        let now = services.clock.now
        let configuration = services.configuration
        return try await services.store.deleteExpired(
            ExpiryCutoffs(
                now: now,
                rememberUsedBefore: now.addingTimeInterval(-TimeInterval(configuration.rememberIdleWindow)),
                rememberCreatedBefore: now.addingTimeInterval(-TimeInterval(configuration.rememberMaxLifetime)),
                throttleChangedBefore: now.addingTimeInterval(
                    -max(Self.throttleRetention, TimeInterval(configuration.rateLimitWindow))),
                auditBefore: configuration.auditRetention > 0
                    ? now.addingTimeInterval(-TimeInterval(configuration.auditRetention)) : nil))
    }
}
