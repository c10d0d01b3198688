import TerminalUI

/// `authterm`'s help and usage errors in one language, wrapped to a width in columns.
public struct CommandHelp {
    public let text: Catalog
    public let width: Int

    /// Where the text of the options starts.
    private static let labelColumns = 26

    public init(text: Catalog, width: Int) {
        self.text = text
        self.width = width
    }

    /// What `--help` shows for `command`.
    public func help(_ command: ClientCommand) -> String {
        var sections = [wrap(text(.helpOverview) + " " + text(command.abstract))]
        if let discussion = command.discussion { sections.append(wrap(text(discussion))) }
        sections.append(usage(command))
        let options = command.options.map { ($0.label, text($0.help)) } + [("-h, --help", text(.optionHelp))]
        sections.append(text(.helpOptions) + "\n" + rows(options))
        if !command.subcommands.isEmpty {
            sections.append(text(.helpSubcommands) + "\n" + rows(command.subcommands.map { ($0.rawValue, text($0.abstract)) })
                + "\n\n" + wrap(text(.helpSubcommandHint), indent: 2))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// What a command line that is not understood prints: the problem, the usage, where the help is.
    public func error(_ error: UsageError) -> String {
        "authterm: \(sentence(error.problem))\n\(usage(error.command))\n"
            + text(.usageSeeHelp, ["command": error.command.invocation]) + "\n"
    }

    /// The command and its options on one line, as a shell would take them.
    func usage(_ command: ClientCommand) -> String {
        let words = [command.invocation] + command.options.map { "[\($0.label)]" }
            + (command.subcommands.isEmpty ? [] : ["[<subcommand>]"])
        return text(.helpUsage) + " " + words.joined(separator: " ")
    }

    /// The problem in words. What the user typed is quoted with its control characters escaped,
    /// so that it cannot act on the terminal.
    func sentence(_ problem: UsageError.Problem) -> String {
        switch problem {
        case .unknownOption(let option): text(.usageUnknownOption, ["option": option.debugDescription])
        case .unknownSubcommand(let name): text(.usageUnknownSubcommand, ["name": name.debugDescription])
        case .unexpectedArgument(let argument): text(.usageUnexpectedArgument, ["argument": argument.debugDescription])
        case .missingValue(let option): text(.usageMissingValue, ["option": option.label])
        case .flagWithValue(let option): text(.usageFlagWithValue, ["option": option.flag])
        case .invalidValue(let value, let option):
            text(.usageInvalidValue, ["value": value.debugDescription, "option": option.label,
                                      "choices": (option.choices ?? []).joined(separator: ", ")])
        }
    }

    /// Labels with their texts beside them; a label too long for its column has its text below.
    private func rows(_ rows: [(label: String, text: String)]) -> String {
        rows.map { row in
            let label = "  " + row.label
            let text = wrap(row.text, indent: Self.labelColumns)
            return label.count < Self.labelColumns - 1
                ? label + text.dropFirst(label.count) : label + "\n" + text
        }.joined(separator: "\n")
    }

    /// `paragraph` wrapped to the width, each line indented by `indent` columns.
    private func wrap(_ paragraph: String, indent: Int = 0) -> String {
        let margin = String(repeating: " ", count: indent)
        return Paragraph.wrap(paragraph, width: max(width - indent, 20)).map { margin + $0 }.joined(separator: "\n")
    }
}

extension ClientOption {
    /// How the help writes it: `--server <url>`, `--no-color`.
    var label: String { valueName.map { "\(flag) <\($0)>" } ?? flag }
}
