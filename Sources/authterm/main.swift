import AuthClient
import AuthModel
import AuthTerm
import FoundationEssentials
@preconcurrency import Glibc
import TerminalUI

// authterm: the client, or one of its subcommands, as the command line asks.
let help = CommandHelp(text: CommandText.catalog, width: CommandText.width)
let request: CommandRequest
do {
    request = try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    fputs(help.error(error), stderr)
    exit(UsageError.exitStatus)
}

do {
    switch request {
    case .help(let command):
        print(help.help(command), terminator: "")
    case .version:
        print("authterm \(ProductVersion.current) (\(UserAgent.libcurlVersion))")
    case .run(.client, let arguments):
        try ClientCommands.run(arguments)
    case .run(.signOut, let arguments):
        try await ClientCommands.signOut(arguments)
    case .run(.demo, let arguments):
        try await ClientCommands.demo(arguments)
    }
} catch {
    // A plain message and exit status 1 (2 when there is no terminal to draw on), never a stack trace.
    let sentence = (error as? ClientError).map(CommandText.catalog.sentence(for:)) ?? "\(error)"
    fputs("authterm: \(sentence)\n", stderr)
    exit(error is TerminalError ? TerminalError.exitStatus : 1)
}
