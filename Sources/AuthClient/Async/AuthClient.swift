/// The API for simple `async` callers (`authterm sign-out`, tests): the same calls and transport as
/// the app's event loop, run on a background thread.
///
///     let client = try AuthClient(server: "https://auth.example.com")
///     let flow = try await client.send(client.api.startSignIn(email: "ada@example.com"))
public final class AuthClient: Sendable {
    public let api: AuthAPI
    private let worker: TransportWorker

    public init(server: String, configuration: TransportConfiguration = TransportConfiguration()) throws(ClientError) {
        _ = try configuration.policy.check(server)
        api = AuthAPI(server: server)
        worker = TransportWorker(transport: try HTTPTransport(configuration: configuration))
    }

    /// Sends any call of `api` and returns its typed result. Cancelling the task cancels the request.
    public func send<Response>(_ call: APICall<Response>) async throws(ClientError) -> Response {
        try call.decode(await worker.perform(call.request).get())
    }
}
