import Hummingbird
import Logging

/// Builds the HTTP application of `authterm-server serve`.
public enum ServerApplication {
    public static func build(host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        let router = Router()
        HealthRoutes().register(on: router)
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "authterm-server"),
            logger: logger)
    }
}
