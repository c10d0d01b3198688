import AuthModel
import FoundationEssentials
import Glibc

/// The remembered sessions, one file per server URL under `$XDG_STATE_HOME/authterm/`
/// (default `~/.local/state/authterm/`): 0600 files in a 0700 folder, replaced atomically.
public struct RememberedSessionStore: Sendable {
    public let directory: String
    /// The user the folder and files must belong to: the effective user.
    let owner: uid_t

    /// A remembered-session file is small; anything larger is not one.
    private static let fileSizeLimit = 64 * 1024

    public init(directory: String) {
        self.init(directory: directory, owner: geteuid())
    }

    init(directory: String, owner: uid_t) {
        self.directory = directory
        self.owner = owner
    }

    /// The XDG location: `$XDG_STATE_HOME/authterm` when it is an absolute path, else `$HOME/.local/state/authterm`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? "\(environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path)/.local/state"
        self.init(directory: "\(state)/authterm")
    }

    /// The file that holds `serverURL`'s remembered session.
    public func path(forServer serverURL: String) -> String {
        "\(directory)/\(SessionFileName.forServer(serverURL))"
    }

    public func read(server serverURL: String) -> RememberedSessionLookup {
        switch PrivateFile.read(path(forServer: serverURL), owner: owner, limit: Self.fileSizeLimit) {
        case .missing:
            return .none
        case .unsafe(let reason):
            return .unsafe(reason: reason)
        case .contents(let data):
            guard data.count <= Self.fileSizeLimit,
                  let session = try? WireJSON.decode(RememberedSession.self, from: data) else {
                return .corrupt(reason: "it is not a remembered session")
            }
            guard SessionFileName.normalized(session.serverUrl) == SessionFileName.normalized(serverURL) else {
                return .corrupt(reason: "it belongs to another server")
            }
            return .found(session)
        }
    }

    /// Saves `session` for its server, replacing any earlier one.
    public func save(_ session: RememberedSession) throws(SessionStoreError) {
        try PrivateFile.ensureDirectory(directory, owner: owner)
        let file = path(forServer: session.serverUrl)
        guard let data = try? WireJSON.encode(session) else {
            throw SessionStoreError(path: file, reason: "the session could not be encoded")
        }
        try PrivateFile.writeAtomically(data, to: file)
    }

    /// Forgets `serverURL`'s remembered session (sign-out, `session_expired`); nothing to forget is fine.
    public func delete(server serverURL: String) throws(SessionStoreError) {
        try PrivateFile.delete(path(forServer: serverURL))
    }
}
