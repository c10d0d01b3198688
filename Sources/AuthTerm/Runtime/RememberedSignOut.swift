import AuthClient
import FoundationEssentials

/// `authterm sign-out`: ends the remembered session on the server (resumed, then signed out)
/// and deletes its file. The file goes even when the server cannot be reached.
public enum RememberedSignOut {
    /// What happened, in a sentence in the language of `options`.
    public static func run(_ options: LaunchOptions, environment: [String: String] = ProcessInfo.processInfo.environment)
        async -> String
    {
        let text = Catalog(options.language)
        let store = RememberedSessionStore(environment: environment)
        guard case .found(let remembered) = store.read(server: options.server) else {
            return text(.signOutNothingRemembered, ["server": options.server])
        }
        var ended = text(.signOutEndedOnServer)
        do throws(ClientError) {
            let policy = ConnectionPolicy(caCertificateFile: options.caCertificate, allowInsecureHTTP: options.allowInsecureHTTP)
            let client = try AuthClient(server: options.server, configuration: TransportConfiguration(policy: policy))
            let session = try await client.send(client.api.resumeSession(rememberToken: remembered.rememberToken)).session
            try await client.send(client.api.signOut(sessionToken: session.token))
        } catch {
            ended = text(.signOutServerNotTold, ["reason": text.sentence(for: error)])
        }
        do throws(SessionStoreError) {
            try store.delete(server: options.server)
            return text(.signOutDone, ["server": options.server, "ended": ended])
        } catch {
            return text(.rememberedSessionNotUpdated, ["path": error.path, "reason": error.reason])
        }
    }
}
