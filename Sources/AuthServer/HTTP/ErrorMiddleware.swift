import AuthModel
import Foundation
import Hummingbird

/// Turns every error into the `ErrorResponse` shape with the status of its code; never a crash, never a stack trace.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Where failures of the store are counted.
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            if let failure = StoreFailure.kind(of: error) { metrics.storeError(failure) }
            let apiError = Self.apiError(for: error)
            if apiError.code == .internalError {
                context.logger.error("Request failed: \(String(reflecting: error))")
            }
            return Self.response(for: apiError, status: Self.status(of: error) ?? apiError.code.httpStatus)
        }
    }

    static func response(for error: APIError, status: Int) -> Response {
        let body = (try? WireJSON.encode(error.response)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let retryAfter = error.retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(
            status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// Hummingbird's own errors keep their status (405 for a wrong method, for instance).
    private static func status(of error: any Error) -> Int? {
        (error as? HTTPError).map { $0.status.code }
    }

    private static func apiError(for error: any Error) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case StoreError.duplicateEmail:
            return APIError(.validationFailed, "An account with this e-mail address exists already.")
        case StoreError.unavailable:
            return APIError(.unavailable, "The database cannot be reached; try again shortly.", retryAfter: 5)
        case let error as HTTPError:
            switch error.status {
            case .contentTooLarge: return APIError(.payloadTooLarge, "The request body is too large.")
            case .notFound, .methodNotAllowed: return APIError(.notFound, "There is no such operation.")
            case .badRequest: return APIError(.malformedRequest, "The request is malformed.")
            default: return APIError(.internalError, "Something went wrong on the server.")
            }
        default:
            return APIError(.internalError, "Something went wrong on the server.")
        }
    }
}
