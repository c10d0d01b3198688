/// Where the silent renewal of an ended session stands.
public enum SessionRenewal: Equatable, Sendable {
    /// Reading the remember token, then resuming with it; `Request` waits.
    case resuming(Request)
    /// Resumed: `Request` is sent again. Should the session end once more, it is sign-in.
    case retrying(Request)
}
