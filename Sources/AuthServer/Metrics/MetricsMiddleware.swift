import AuthModel
import Hummingbird

/// Counts every API request for `/metrics`: by operation and the status it answered, with its time.
/// It stands outside `ErrorMiddleware`, so it sees the answers of refusals too.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics
    /// The operation of each route, by method and path template as the router names it (`POST /v1/sign-in/{flow}/code`).
    private let operations: [String: String]

    init(metrics: ServerMetrics) {
        self.metrics = metrics
        operations = Dictionary(uniqueKeysWithValues: APIOperation.allCases.map {
            ("\($0.method.rawValue) \(RouterPath($0.pathTemplate).description)", $0.rawValue)
        })
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        func record(_ status: Int) {
            let operation = context.endpointPath.flatMap { operations["\(request.method) \($0)"] } ?? "unknown"
            metrics.request(operation: operation, status: status, duration: ContinuousClock.now - start)
        }
        do {
            let response = try await next(request, context)
            record(Int(response.status.code))
            return response
        } catch {
            record((error as? HTTPError).map { Int($0.status.code) } ?? 500)
            throw error
        }
    }
}
