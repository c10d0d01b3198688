import FoundationEssentials

/// Work `update` asks the runtime to do; results come back as `AppEvent`s.
public enum Effect: Equatable, Sendable {
    /// Sends a request; its reply or failure arrives as `.replied`. One runs at a time.
    case send(Request)
    /// Asks the server for its organization's words (`GET /v1/service`) beside any request;
    /// `.serviceLoaded` follows when it answers, nothing when it does not.
    case loadService
    /// Stops the request in flight; `.replied(.failure(.cancelled))` follows.
    case cancelRequest
    /// Keeps the remember token for "Automatically sign in next time".
    case rememberSession(token: String, expiresAt: Date)
    /// Deletes the remembered session of this server.
    case forgetSession
    /// Reads this server's remember token from the remembered-session file (another authterm may
    /// have renewed it since this one started); `.rememberedTokenLoaded` follows.
    case loadRememberedToken
    /// Reads the demo server's outbox; `.mailboxLoaded` follows.
    case loadMailbox
    /// Puts text on the clipboard of the user's terminal (OSC 52), also over SSH.
    case copyToClipboard(String)
    /// Gives the terminal back and stops, as Ctrl-Z does in a shell; `fg` goes on where it was.
    case suspend
    case quit
}
