import Hummingbird
import Logging

/// Builds the HTTP application of `authterm-server serve`: every operation of the API on one router.
public enum ServerApplication {
    /// The application, with the sweeper of expired records running beside it. Throws for a
    /// `trusted_proxies` entry that is not an address or block, or service texts a terminal should not show.
    public static func build(services: Services, host: String, port: Int, logger: Logger) throws
        -> some ApplicationProtocol
    {
        Application(
            router: try router(services: services),
            server: .http1(
                configuration: .init(idleTimeout: .seconds(Int64(max(services.configuration.httpIdleTimeout, 1))))),
            configuration: .init(address: .hostname(host, port: port), serverName: "authterm-server"),
            services: [ExpirySweeper(services: services, logger: logger)],
            logger: logger)
    }

    static func router(services: Services) throws -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: NoStoreMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: OriginMiddleware(allowedOrigins: Set(services.configuration.allowedOrigins)))
        let routes = OperationRouter(
            router: router, services: services,
            clients: try ClientAddressResolver(trustedProxies: services.configuration.trustedProxies))
        HealthRoutes().register(on: routes)
        try ServiceRoutes(configuration: services.configuration).register(on: routes)
        SignInRoutes().register(on: routes)
        SessionRoutes().register(on: routes)
        AccountRoutes().register(on: routes)
        MFARoutes().register(on: routes)
        PasswordRoutes().register(on: routes)
        return router
    }
}
