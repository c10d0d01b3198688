import AuthModel
import Foundation
import Hummingbird

/// Registers a handler for an `APIOperation`: its path, method and success status come from the
/// operation; bodies must be declared JSON, are capped and decoded strictly; sessions are checked
/// before the handler runs; the client is the peer, or whom a trusted proxy names.
struct OperationRouter {
    let router: Router<APIRequestContext>
    let services: Services
    let clients: ClientAddressResolver

    /// Operations a session may use while MFA is enabled but no method is registered (after a reset).
    static let allowedDuringSetup: Set<APIOperation> = [
        .getAccount, .signOut, .reauthenticate, .startTotpSetup, .verifyTotpSetup, .startPhoneSetup,
        .verifyPhoneSetup, .health,
    ]

    /// An operation without a request body.
    func on<Answer: Encodable & Sendable>(
        _ operation: APIOperation, _ handler: @escaping @Sendable (APICall<NoBody>) async throws -> Answer
    ) {
        on(operation, body: NoBody.self, handler)
    }

    func on<Body: Decodable & Sendable, Answer: Encodable & Sendable>(
        _ operation: APIOperation, body: Body.Type,
        _ handler: @escaping @Sendable (APICall<Body>) async throws -> Answer
    ) {
        precondition(
            operation.requestType.map { ObjectIdentifier($0) == ObjectIdentifier(Body.self) } ?? (Body.self == NoBody.self),
            "\(operation) takes \(String(describing: operation.requestType))")
        let services = services
        let clients = clients
        router.on(RouterPath(operation.pathTemplate), method: HTTPRequest.Method(operation.method)) { request, context in
            let session = operation.requiresSession ? try await Self.session(for: request, operation, services) : nil
            let call = APICall(
                body: try await Self.body(Body.self, of: request, cap: services.configuration.maxBodySize),
                parameters: context.parameters,
                origin: ClientOrigin(
                    address: clients.client(
                        peer: context.remoteAddress?.ipAddress.flatMap { IPAddress($0) }, headers: request.headers),
                    userAgent: request.headers[.userAgent]),
                session: session)
            return try Self.response(try await handler(call), status: operation.successStatus)
        }
    }

    private static func session(for request: Request, _ operation: APIOperation, _ services: Services) async throws
        -> AuthenticatedSession
    {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer "),
              case let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces),
              !token.isEmpty, token.utf8.count <= 256
        else { throw APIError(.unauthenticated, "Sign in first.") }
        let current = try await services.sessions.authenticate(token: token)
        if !allowedDuringSetup.contains(operation), current.user.mfaEnabled, current.mfa.methods.isEmpty {
            throw APIError(.setupRequired, "Set up a verification method first.")
        }
        return current
    }

    private static func body<Body: Decodable>(_ type: Body.Type, of request: Request, cap: Int) async throws -> Body {
        if let none = NoBody() as? Body { return none }
        // Browsers send text/plain and form bodies across origins without asking first; JSON they do not.
        guard let type = request.headers[.contentType],
              type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
        else {
            throw APIError(.unsupportedMediaType, "The body must be sent as Content-Type: application/json.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: cap)
        } catch {
            throw APIError(.payloadTooLarge, "The request body is larger than \(cap) bytes.")
        }
        return try StrictJSON.decode(Body.self, from: Data(buffer: buffer))
    }

    private static func response<Answer: Encodable>(_ answer: Answer, status: Int) throws -> Response {
        guard !(answer is NoContent) else { return Response(status: .init(code: status)) }
        let data = try WireJSON.encode(answer)
        return Response(
            status: .init(code: status), headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension HTTPRequest.Method {
    init(_ method: APIOperation.HTTPMethod) {
        switch method {
        case .get: self = .get
        case .post: self = .post
        case .patch: self = .patch
        case .delete: self = .delete
        }
    }
}
