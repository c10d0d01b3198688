import AuthModel

/// `GET /healthz`: the server is up, and which version it runs.
struct HealthRoutes {
    func register(on routes: OperationRouter) {
        routes.on(.health) { _ in HealthResponse() }
    }
}
