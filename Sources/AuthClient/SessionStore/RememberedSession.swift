import FoundationEssentials

/// What "Automatically sign in next time" leaves on disk: enough to resume a session at the next start.
public struct RememberedSession: Codable, Equatable, Sendable {
    public var serverUrl: String
    public var rememberToken: String
    public var expiresAt: Date

    public init(serverUrl: String, rememberToken: String, expiresAt: Date) {
        self.serverUrl = serverUrl
        self.rememberToken = rememberToken
        self.expiresAt = expiresAt
    }

    public func isExpired(at now: Date = Date()) -> Bool {
        expiresAt <= now
    }
}

/// What reading the remembered session found. Anything but `.found` means: sign in normally;
/// `.corrupt` and `.unsafe` are worth a notice, never a crash.
public enum RememberedSessionLookup: Equatable, Sendable {
    case none
    case found(RememberedSession)
    /// The file exists but holds no remembered session for this server; it is ignored.
    case corrupt(reason: String)
    /// The file is not safely the user's (another owner, open to others, not a regular file); it is ignored.
    case unsafe(reason: String)
}

/// Why the remembered session could not be saved or deleted; never includes the token.
public struct SessionStoreError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String {
        "Could not update the remembered session at \(path): \(reason)."
    }
}
