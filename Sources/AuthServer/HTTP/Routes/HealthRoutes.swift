import AuthModel

/// `GET /healthz`: the process lives, and which version it runs. `GET /readyz`: it can serve, its
/// database answers (503 `unavailable` when it does not).
struct HealthRoutes {
    func register(on routes: OperationRouter) {
        routes.on(.health) { _ in HealthResponse() }
        let store = routes.services.store
        routes.on(.readiness) { _ in
            try await store.ping()
            return HealthResponse()
        }
    }
}
