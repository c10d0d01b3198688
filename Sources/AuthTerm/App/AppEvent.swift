import AuthClient
import AuthModel
import FoundationEssentials
import TerminalUI

/// What happens to the app: input from the terminal, the clock, answers from the server.
public enum AppEvent: Equatable, Sendable {
    case input(Event)
    /// The spinner's clock, while a request runs.
    case tick
    /// The wall clock, about once a second: the demo authenticator's codes follow it.
    case clock(Date)
    case replied(Result<Reply, ClientError>)
    /// What the server's organization says, asked for at start.
    case serviceLoaded(ServiceInfo)
    /// This server's remember token in the remembered-session file, as read now; nil for none.
    case rememberedTokenLoaded(String?)
    /// The demo server's outbox, newest first.
    case mailboxLoaded([MailboxMessage])
    /// The remembered-session file could not be written or deleted.
    case rememberedSessionFailed(SessionStoreError)
}
