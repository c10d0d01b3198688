import FoundationEssentials

/// `authterm demo`: a local server with one account, whose credentials the sign-in screen shows.
public enum DemoServer {
    public static let email = "demo@example.com"
    public static let password = "blue-harbor-lantern-42"
    public static let displayName = "Demo User"

    /// Starts the server found at `serverExecutable` and creates the demo account, its mail in
    /// `language` (`en` or `ja`), first removing what demos killed outright left in the temporary folder.
    public static func start(serverExecutable: String, language: String = "en") async throws -> LocalServer {
        LeftoverFolders.remove(in: FileManager.default.temporaryDirectory)
        let server = try await LocalServer(serverExecutable: serverExecutable)
        do {
            try server.addUser(email: email, password: password, name: displayName, language: language)
        } catch {
            server.stop()
            throw error
        }
        return server
    }
}
