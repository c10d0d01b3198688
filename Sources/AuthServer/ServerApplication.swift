import Hummingbird
import Logging

/// Builds the HTTP application of `authterm-server serve`: every operation of the API on one router.
public enum ServerApplication {
    /// The application, with the sweeper of expired records running beside it.
    public static func build(services: Services, host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        Application(
            router: router(services: services),
            configuration: .init(address: .hostname(host, port: port), serverName: "authterm-server"),
            services: [ExpirySweeper(services: services, logger: logger)],
            logger: logger)
    }

    static func router(services: Services) -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: ErrorMiddleware())
        let routes = OperationRouter(router: router, services: services)
        HealthRoutes().register(on: routes)
        SignInRoutes().register(on: routes)
        SessionRoutes().register(on: routes)
        AccountRoutes().register(on: routes)
        MFARoutes().register(on: routes)
        PasswordRoutes().register(on: routes)
        return router
    }
}
