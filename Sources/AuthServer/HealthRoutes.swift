import AuthModel
import Hummingbird

extension HealthResponse: ResponseEncodable {}

/// `GET /healthz`: the server is up, and which version it runs.
struct HealthRoutes {
    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get(RouterPath(APIOperation.health.pathTemplate)) { _, _ in HealthResponse() }
    }
}
