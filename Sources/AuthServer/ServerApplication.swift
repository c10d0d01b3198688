import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import ServiceLifecycle

/// Builds the HTTP application of `authterm-server serve`: every operation of the API on one router.
public enum ServerApplication {
    /// The server the settings describe: the API on `listen`, over TLS when `tls_cert` and `tls_key`
    /// are set, `/metrics` on `metrics_listen` beside it, and the sweeper of expired records. Throws
    /// for settings that cannot be used (they are checked before, by `ServerSettings`).
    public static func build(services: Services, logger: Logger) throws -> some ApplicationProtocol {
        let configuration = services.configuration
        guard let listen = ListenAddress(configuration.listen) else {
            throw ConfigurationFile.Problem(description: "The setting \"listen\" must be HOST:PORT.", setting: "listen")
        }
        let tls = configuration.tlsCert.isEmpty
            ? nil : try TLSFiles(certificate: configuration.tlsCert, key: configuration.tlsKey).serverConfiguration()
        let metrics = ListenAddress(configuration.metricsListen).map {
            MetricsEndpoint.application(metrics: services.metrics, address: $0, logger: logger)
        }
        return try build(services: services, host: listen.host, port: listen.port, tls: tls,
                         companions: metrics.map { [$0] } ?? [], logger: logger)
    }

    /// The API alone, over plain HTTP on `host` and `port`, with the sweeper.
    public static func build(services: Services, host: String, port: Int, logger: Logger) throws
        -> some ApplicationProtocol
    {
        try build(services: services, host: host, port: port, tls: nil, companions: [], logger: logger)
    }

    private static func build(
        services: Services, host: String, port: Int, tls: TLSConfiguration?, companions: [any Service], logger: Logger
    ) throws -> some ApplicationProtocol {
        let http = HTTPServerBuilder.http1(
            configuration: .init(idleTimeout: .seconds(Int64(max(services.configuration.httpIdleTimeout, 1)))))
        return Application(
            router: try router(services: services),
            server: try tls.map { try .tls(http, tlsConfiguration: $0) } ?? http,
            configuration: .init(address: .hostname(host, port: port), serverName: "authterm-server"),
            services: [ExpirySweeper(services: services, logger: logger)] + companions,
            logger: logger)
    }

    static func router(services: Services) throws -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        router.add(middleware: MetricsMiddleware(metrics: services.metrics))
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: NoStoreMiddleware())
        router.add(middleware: ErrorMiddleware(metrics: services.metrics))
        router.add(middleware: OriginMiddleware(allowedOrigins: Set(services.configuration.allowedOrigins)))
        let routes = OperationRouter(
            router: router, services: services,
            clients: try ClientAddressResolver(trustedProxies: services.configuration.trustedProxies))
        HealthRoutes().register(on: routes)
        try ServiceRoutes(configuration: services.configuration, offersSMS: services.notifier.offersSMS).register(on: routes)
        SignInRoutes().register(on: routes)
        SessionRoutes().register(on: routes)
        AccountRoutes().register(on: routes)
        MFARoutes().register(on: routes)
        PasswordRoutes().register(on: routes)
        return router
    }
}
