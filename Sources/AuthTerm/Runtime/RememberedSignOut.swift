import AuthClient
import FoundationEssentials

/// `authterm sign-out`: ends the remembered session on the server (resumed, then signed out)
/// and deletes its file. The file goes even when the server cannot be reached.
public enum RememberedSignOut {
    /// What happened, in a sentence.
    public static func run(_ options: LaunchOptions, environment: [String: String] = ProcessInfo.processInfo.environment)
        async -> String
    {
        let store = RememberedSessionStore(environment: environment)
        guard case .found(let remembered) = store.read(server: options.server) else {
            return "No remembered session for \(options.server)."
        }
        var ended = "The session was ended on the server."
        do {
            let policy = ConnectionPolicy(caCertificateFile: options.caCertificate, allowInsecureHTTP: options.allowInsecureHTTP)
            let client = try AuthClient(server: options.server, configuration: TransportConfiguration(policy: policy))
            let session = try await client.send(client.api.resumeSession(rememberToken: remembered.rememberToken)).session
            try await client.send(client.api.signOut(sessionToken: session.token))
        } catch {
            ended = "The server was not told (\(error)); the session ends by itself."
        }
        do {
            try store.delete(server: options.server)
            return "Signed out of \(options.server). \(ended)"
        } catch {
            return error.description
        }
    }
}
