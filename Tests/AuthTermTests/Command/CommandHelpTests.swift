import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

/// `authterm --help` and its usage errors: every option and subcommand with its text from the
/// catalog, in both languages, within the width.
@Suite struct CommandHelpTests {
    @Test(arguments: ClientCommand.allCases, Language.allCases)
    func helpListsWhatTheCommandTakes(command: ClientCommand, language: Language) {
        let text = Catalog(language)
        let help = CommandHelp(text: text, width: 80).help(command)
        let flat = help.filter { !$0.isWhitespace }
        #expect(help.hasPrefix(text(.helpOverview)))
        for option in ClientOption.allCases {
            #expect(help.contains("  \(option.label) ") == option.isTaken(by: command), "\(option) in \(command)'s help")
        }
        for option in command.options {
            #expect(flat.contains(text(option.help).filter { !$0.isWhitespace }), "the help of \(option)")
        }
        #expect(help.contains("-h, --help"))
        #expect(help.contains(text(.helpSubcommands)) == (command == .client))
        for subcommand in command.subcommands {
            #expect(help.contains("  \(subcommand.rawValue) "))
        }
    }

    @Test(arguments: [60, 80, 132], Language.allCases)
    func wrappedToTheWidth(width: Int, language: Language) {
        let help = CommandHelp(text: Catalog(language), width: width).help(.client)
        let usage = CommandHelp(text: Catalog(language), width: width).usage(.client)
        for line in help.split(separator: "\n") where line != usage {
            #expect(DisplayWidth.of(line) <= width, "\(line)")
        }
    }

    @Test func optionTextsStartInOneColumn() {
        let help = CommandHelp(text: Catalog(.en), width: 80).help(.client)
        let serverLine = help.split(separator: "\n").first { $0.hasPrefix("  --server ") }
        let continued = help.split(separator: "\n").first { $0.hasPrefix("  --theme ") }
        #expect(serverLine?.firstRange(of: "The server's")?.lowerBound.utf16Offset(in: serverLine!) == 26)
        #expect(continued?.firstRange(of: "The theme")?.lowerBound.utf16Offset(in: continued!) == 26)
    }

    @Test func aUsageErrorSaysWhatIsWrongAndWhereTheHelpIs() {
        let english = CommandHelp(text: Catalog(.en), width: 80)
        let unknown = english.error(UsageError(.unknownOption("--bogus"), .demo))
        #expect(unknown.hasPrefix("authterm: unknown option \"--bogus\"\nUSAGE: authterm demo [--theme <name|file>]"))
        #expect(unknown.hasSuffix("See 'authterm demo --help' for more information.\n"))
        #expect(english.error(UsageError(.invalidValue("fr", .lang), .client))
            .hasPrefix("authterm: \"fr\" is not a value for --lang <en|ja> (one of: en, ja)\n"))
        #expect(english.error(UsageError(.missingValue(.server), .signOut))
            .hasPrefix("authterm: missing value for --server <url>\nUSAGE: authterm sign-out "))
        let japanese = CommandHelp(text: Catalog(.ja), width: 80).error(UsageError(.flagWithValue(.noColor), .client))
        #expect(japanese.hasPrefix("authterm: --no-color は値をとりません\n使い方: authterm "))
    }

    /// What the user typed is shown, but never acts on the terminal.
    @Test func controlCharactersTypedAreShownEscaped() {
        let error = CommandHelp(text: Catalog(.en), width: 80).error(UsageError(.unexpectedArgument("\u{1B}]52;c;aGk=\u{07}"), .client))
        #expect(!error.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(error.hasPrefix("authterm: unexpected argument \"\\u{1B}]52;c;aGk=\\u{07}\"\n"))
    }
}
