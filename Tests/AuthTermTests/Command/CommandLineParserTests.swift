import AuthModel
import Testing

@testable import AuthTerm

/// `authterm`'s command line: the options each command takes in both forms, the subcommands, help,
/// and a plain usage error for anything else.
@Suite struct CommandLineParserTests {
    private func parse(_ words: String...) throws(UsageError) -> CommandRequest {
        try CommandLineParser.parse(words)
    }

    private func arguments(_ words: String...) throws -> CommandArguments {
        guard case .run(_, let arguments) = try CommandLineParser.parse(words) else {
            throw UsageError(.unexpectedArgument("not a run"), .client)
        }
        return arguments
    }

    private func problem(_ words: String...) -> UsageError? {
        do {
            _ = try CommandLineParser.parse(words)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyOptionInBothForms() throws {
        let spaced = try arguments("--server", "https://auth.example.com", "--theme", "light", "--no-color", "--no-mouse",
                                   "--lang", "ja", "--ca-cert", "ca.pem", "--allow-insecure-http")
        let joined = try arguments("--server=https://auth.example.com", "--theme=light", "--no-color", "--no-mouse",
                                   "--lang=ja", "--ca-cert=ca.pem", "--allow-insecure-http")
        for given in [spaced, joined] {
            #expect(given.server == "https://auth.example.com")
            #expect(given.theme == "light")
            #expect(given.noColor && given.noMouse && given.allowInsecureHTTP)
            #expect(given.lang == .ja)
            #expect(given.caCertificate == "ca.pem")
        }
    }

    @Test func nothingGivenIsNothingSet() throws {
        let given = try arguments()
        #expect(given.server == nil && given.theme == nil && given.lang == nil && given.caCertificate == nil)
        #expect(!given.noColor && !given.noMouse && !given.allowInsecureHTTP)
        #expect(try parse() == .run(.client, given))
    }

    @Test func theLastOfAnOptionGivenTwiceCounts() throws {
        #expect(try arguments("--server", "https://a.example", "--server=https://b.example").server == "https://b.example")
    }

    @Test func aValueMayHoldAnEqualsSign() throws {
        #expect(try arguments("--theme=/themes/a=b.theme").theme == "/themes/a=b.theme")
        #expect(try arguments("--server=").server == "")
    }

    @Test func subcommandsBeforeOrAfterTheirOptions() throws {
        #expect(try parse("sign-out", "--server", "https://a.example")
            == parse("--server", "https://a.example", "sign-out"))
        guard case .run(.signOut, let given) = try parse("--server", "https://a.example", "sign-out") else {
            Issue.record("not sign-out")
            return
        }
        #expect(given.server == "https://a.example")
        guard case .run(.demo, let display) = try parse("demo", "--theme", "monochrome", "--lang=en", "--no-mouse") else {
            Issue.record("not the demo")
            return
        }
        #expect(display.theme == "monochrome" && display.lang == .en && display.noMouse)
    }

    /// A subcommand's name as an option's value is that value, not the subcommand.
    @Test func aValueNamedLikeASubcommandIsAValue() throws {
        #expect(try parse("--theme", "demo") == .run(.client, try arguments("--theme=demo")))
    }

    @Test func helpForEachCommand() throws {
        #expect(try parse("--help") == .help(.client))
        #expect(try parse("-h") == .help(.client))
        #expect(try parse("sign-out", "--help") == .help(.signOut))
        #expect(try parse("--lang", "ja", "demo", "-h") == .help(.demo))
        #expect(try parse("help") == .help(.client))
        #expect(try parse("help", "demo") == .help(.demo))
        #expect(try parse("help", "sign-out") == .help(.signOut))
        // Help wins over what else is wrong on the line, as a user asking for it needs.
        #expect(try parse("--bogus", "--help") == .help(.client))
    }

    @Test func versionOfTheClientOnly() throws {
        #expect(try parse("--version") == .version)
        #expect(try parse("--server", "https://a.example", "--version") == .version)
        #expect(problem("sign-out", "--version") == UsageError(.unknownOption("--version"), .signOut))
    }

    @Test func theDemoTakesOnlyTheDisplayOptions() {
        for option in ["--server=https://a.example", "--ca-cert=ca.pem", "--allow-insecure-http"] {
            let flag = String(option.prefix { $0 != "=" })
            #expect(problem("demo", option) == UsageError(.unknownOption(flag), .demo))
        }
    }

    @Test func mistakesAreUsageErrorsOfTheirCommand() {
        #expect(problem("--bogus") == UsageError(.unknownOption("--bogus"), .client))
        #expect(problem("--bogus=1") == UsageError(.unknownOption("--bogus"), .client))
        #expect(problem("-x") == UsageError(.unknownOption("-x"), .client))
        #expect(problem("sign-out", "--nope") == UsageError(.unknownOption("--nope"), .signOut))
        #expect(problem("https://a.example") == UsageError(.unexpectedArgument("https://a.example"), .client))
        #expect(problem("sign-out", "demo") == UsageError(.unexpectedArgument("demo"), .signOut))
        #expect(problem("--", "--server") == UsageError(.unexpectedArgument("--server"), .client))
        #expect(problem("help", "bogus") == UsageError(.unknownSubcommand("bogus"), .client))
        #expect(problem("help", "demo", "more") == UsageError(.unexpectedArgument("more"), .client))
    }

    @Test func valuesThatAreMissingOrWrong() {
        #expect(problem("--server") == UsageError(.missingValue(.server), .client))
        #expect(problem("--server", "--no-color") == UsageError(.missingValue(.server), .client))
        #expect(problem("demo", "--theme") == UsageError(.missingValue(.theme), .demo))
        #expect(problem("--lang", "fr") == UsageError(.invalidValue("fr", .lang), .client))
        #expect(problem("--lang=JA") == UsageError(.invalidValue("JA", .lang), .client))
        #expect(problem("--no-color=yes") == UsageError(.flagWithValue(.noColor), .client))
    }
}
