import AuthClient
import Foundation
import TerminalUI

/// What happens to the app: input from the terminal, the clock, answers from the server.
public enum AppEvent: Equatable, Sendable {
    case input(Event)
    /// The spinner's clock, while a request runs.
    case tick
    /// The wall clock, about once a second: the demo authenticator's codes follow it.
    case clock(Date)
    case replied(Result<Reply, ClientError>)
    /// The demo server's outbox, newest first.
    case mailboxLoaded([MailboxMessage])
}
