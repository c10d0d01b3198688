import AuthModel
import Hummingbird

/// Keeps web pages from driving the API through their visitors' browsers, which say where a page
/// comes from in `Origin` (DNS rebinding of a loopback server included). A request with an
/// `Origin` not in `allowed_origins` is refused; an allowed one gets CORS answers, preflight too.
struct OriginMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowedOrigins: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let origin = request.headers[.origin] else { return try await next(request, context) }
        guard allowedOrigins.contains(origin) else {
            throw APIError(.originNotAllowed, "Requests from web pages are not accepted from this origin.")
        }
        var response: Response
        if request.method == .options {
            response = Response(status: .noContent)
            response.headers[.accessControlAllowMethods] = "GET, POST, PATCH, DELETE"
            response.headers[.accessControlAllowHeaders] = "Authorization, Content-Type"
            response.headers[.accessControlMaxAge] = "600"
        } else {
            response = try await next(request, context)
        }
        response.headers[.accessControlAllowOrigin] = origin
        response.headers[.vary] = "Origin"
        return response
    }
}
