/// The commands `authterm` answers to: the client itself and its subcommands.
public enum ClientCommand: String, CaseIterable, Sendable {
    case client = ""
    case signOut = "sign-out"
    case demo

    /// The subcommand called `name`; nil for any other word.
    static func subcommand(named name: String) -> ClientCommand? {
        name.isEmpty ? nil : ClientCommand(rawValue: name)
    }

    /// How it is called: `authterm`, `authterm sign-out`.
    var invocation: String { self == .client ? "authterm" : "authterm \(rawValue)" }

    var abstract: TextKey {
        switch self {
        case .client: .commandAbstract
        case .signOut: .signOutAbstract
        case .demo: .demoAbstract
        }
    }

    var discussion: TextKey? {
        switch self {
        case .client: .commandDiscussion
        case .signOut: nil
        case .demo: .demoDiscussion
        }
    }

    /// The options it takes, in the order its help lists them.
    var options: [ClientOption] { ClientOption.allCases.filter { $0.isTaken(by: self) } }

    var subcommands: [ClientCommand] { self == .client ? [.signOut, .demo] : [] }
}
