import Hummingbird
import Logging

/// `GET /metrics` in Prometheus's text format, on an address of its own (`metrics_listen`,
/// loopback by default), away from the API that the world reaches.
enum MetricsEndpoint {
    static func application(metrics: ServerMetrics, address: ListenAddress, logger: Logger) -> some ApplicationProtocol {
        Application(router: router(metrics: metrics),
                    configuration: .init(address: .hostname(address.host, port: address.port),
                                         serverName: "authterm-server metrics"),
                    logger: logger)
    }

    static func router(metrics: ServerMetrics) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
        }
        return router
    }
}
