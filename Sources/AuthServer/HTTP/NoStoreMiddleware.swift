import Hummingbird

/// `Cache-Control: no-store` on every answer: they carry tokens, secrets and account details that
/// no cache on the way may keep.
struct NoStoreMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
