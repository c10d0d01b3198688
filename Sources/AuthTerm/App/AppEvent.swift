import AuthClient
import TerminalUI

/// What happens to the app: input from the terminal, the clock, answers from the server.
public enum AppEvent: Equatable, Sendable {
    case input(Event)
    /// The spinner's clock, while a request runs.
    case tick
    case replied(Result<Reply, ClientError>)
    /// The demo server's outbox, newest first.
    case mailboxLoaded([MailboxMessage])
}
