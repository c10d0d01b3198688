import Hummingbird

/// What an operation handler gets: the decoded body, the path parameters, the client and, for
/// operations that need one, the session.
struct APICall<Body: Sendable>: Sendable {
    let body: Body
    let parameters: Parameters
    let origin: ClientOrigin
    let session: AuthenticatedSession?

    /// The value of a `{name}` path parameter: an id the server made, or else `unknown`.
    func parameter(_ name: String, unknown: APIError = .notFound) throws -> String {
        guard let value = parameters.get(name), ResourceID.isValid(value) else { throw unknown }
        return value
    }

    /// The session of an operation that requires one.
    var current: AuthenticatedSession {
        get throws {
            guard let session else { throw APIError(.unauthenticated, "Sign in first.") }
            return session
        }
    }
}

/// The body of operations that take none.
struct NoBody: Decodable, Sendable {}

/// The answer of operations that answer with a status alone (202, 204).
struct NoContent: Encodable, Sendable {}
