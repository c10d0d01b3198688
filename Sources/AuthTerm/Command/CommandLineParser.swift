/// What `authterm`'s arguments ask for.
public enum CommandRequest: Equatable, Sendable {
    case run(ClientCommand, CommandArguments)
    case help(ClientCommand)
    case version
}

/// Reads `authterm`'s arguments (without the program's name): options as `--name`, `--name value`
/// or `--name=value`, and at most one subcommand among them. `-h` or `--help` anywhere asks for the
/// command's help, as does `authterm help [subcommand]`.
public enum CommandLineParser {
    public static func parse(_ arguments: [String]) throws(UsageError) -> CommandRequest {
        if arguments.first == "help" { return try helpRequest(arguments.dropFirst()) }
        let beforeEnd = arguments.prefix { $0 != "--" }
        if beforeEnd.contains(where: { $0 == "--help" || $0 == "-h" }) {
            return .help(beforeEnd.lazy.compactMap(ClientCommand.subcommand(named:)).first ?? .client)
        }

        var command = ClientCommand.client, parsed = CommandArguments()
        var words = arguments[...]
        while let word = words.popFirst() {
            if word == "--" {
                if let next = words.first { throw UsageError(.unexpectedArgument(next), command) }
                break
            }
            if command == .client, let subcommand = ClientCommand.subcommand(named: word) {
                command = subcommand
                continue
            }
            guard word.hasPrefix("-"), word != "-" else { throw UsageError(.unexpectedArgument(word), command) }
            let (name, attached) = split(word)
            guard name.hasPrefix("--"), let option = ClientOption(rawValue: String(name.dropFirst(2))) else {
                throw UsageError(.unknownOption(String(name)), command)
            }
            guard option.valueName != nil else {
                guard attached == nil else { throw UsageError(.flagWithValue(option), command) }
                parsed.given.append(.init(option: option, value: ""))
                continue
            }
            let value: String
            if let attached {
                value = attached
            } else if let next = words.first, !next.hasPrefix("-") {
                value = next
                words.removeFirst()
            } else {
                throw UsageError(.missingValue(option), command)
            }
            if let choices = option.choices, !choices.contains(value) {
                throw UsageError(.invalidValue(value, option), command)
            }
            parsed.given.append(.init(option: option, value: value))
        }
        if let refused = parsed.given.first(where: { !$0.option.isTaken(by: command) }) {
            throw UsageError(.unknownOption(refused.option.flag), command)
        }
        return parsed[.version] != nil ? .version : .run(command, parsed)
    }

    /// `authterm help` or `authterm help SUBCOMMAND`.
    private static func helpRequest(_ words: ArraySlice<String>) throws(UsageError) -> CommandRequest {
        guard let word = words.first else { return .help(.client) }
        guard let command = ClientCommand.subcommand(named: word) else { throw UsageError(.unknownSubcommand(word), .client) }
        if let extra = words.dropFirst().first { throw UsageError(.unexpectedArgument(extra), .client) }
        return .help(command)
    }

    /// `--name=value` as its name and value; any other word as itself and no value.
    private static func split(_ word: String) -> (Substring, String?) {
        guard let equals = word.firstIndex(of: "=") else { return (word[...], nil) }
        return (word[..<equals], String(word[word.index(after: equals)...]))
    }
}

/// A command line `authterm` does not understand, and the command it was for (whose usage is shown
/// with it). Such a mistake ends with exit status 64 (`EX_USAGE`).
public struct UsageError: Error, Equatable {
    public enum Problem: Equatable, Sendable {
        case unknownOption(String)
        case unknownSubcommand(String)
        case unexpectedArgument(String)
        case missingValue(ClientOption)
        case flagWithValue(ClientOption)
        case invalidValue(String, ClientOption)
    }

    public static let exitStatus: Int32 = 64

    public let problem: Problem
    public let command: ClientCommand

    init(_ problem: Problem, _ command: ClientCommand) {
        self.problem = problem
        self.command = command
    }
}
