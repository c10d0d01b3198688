import Hummingbird

/// One log line per request: method, route template (never a concrete path, which may hold a flow id), status, time.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info(
            "\(request.method) \(context.endpointPath ?? "-") \(response.status.code) \(Int(milliseconds.rounded())) ms")
        return response
    }
}
