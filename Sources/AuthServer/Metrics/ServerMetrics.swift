import CoreMetrics
import Prometheus

/// What the server counts, through swift-metrics into a Prometheus registry of its own, for
/// `GET /metrics` on the metrics address. Each instance counts what it served; Prometheus adds the
/// instances up. Nothing here takes part in a security decision: lockouts and limits live in the store.
public final class ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let hashingQueueDepth: Meter

    public init() {
        factory = PrometheusMetricsFactory(registry: registry)
        hashingQueueDepth = Meter(label: "authterm_hashing_queue_depth", factory: factory)
        hashingQueueDepth.set(0)
    }

    /// A request answered: `operation` is the API operation (`unknown` for no route), `status` what it answered.
    func request(operation: String, status: Int, duration: Duration) {
        count("authterm_http_requests_total", [("operation", operation), ("status", String(status))])
        Timer(label: "authterm_http_request_duration_seconds", dimensions: [("operation", operation)], factory: factory)
            .record(duration: duration)
    }

    /// How a step of a sign-in ended: `signed_in`, `code_required`, `setup_required`, or the error code.
    func signIn(_ outcome: String) {
        count("authterm_sign_ins_total", [("outcome", outcome)])
    }

    /// A wrong password, code or reset code (`secret`), counted against its account.
    func failedAttempt(_ secret: SecretKind) {
        count("authterm_failed_attempts_total", [("secret", secret.rawValue)])
    }

    /// An account locked for a kind of secret.
    func lockout(_ secret: SecretKind) {
        count("authterm_lockouts_total", [("secret", secret.rawValue)])
    }

    /// A mail handed to the SMTP server or the outbox, or not.
    func mail(sent: Bool) {
        count("authterm_mails_total", [("result", sent ? "sent" : "failed")])
    }

    /// A text message handed to the gateway or the outbox, or not.
    func sms(sent: Bool) {
        count("authterm_sms_total", [("result", sent ? "sent" : "failed")])
    }

    /// Password hashes waiting or running now.
    func hashingQueue(depth: Int) {
        hashingQueueDepth.set(depth)
    }

    /// A request the store failed: `unavailable` (no connection after the retries) or `failed`.
    func storeError(_ kind: String) {
        count("authterm_store_errors_total", [("kind", kind)])
    }

    /// Everything counted so far, in Prometheus's text format (version 0.0.4).
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }

    private func count(_ name: String, _ dimensions: [(String, String)]) {
        Counter(label: name, dimensions: dimensions, factory: factory).increment()
    }
}
