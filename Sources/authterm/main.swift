import AuthClient
import AuthModel
import AuthTerm
import FoundationEssentials
@preconcurrency import Glibc
import TerminalUI

// authterm: the client, or one of its subcommands, as the command line asks.
let request: CommandRequest
do {
    request = try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    fputs(CommandText.help.error(error), stderr)
    exit(UsageError.exitStatus)
}

do {
    let environment = CommandLine.environment
    switch request {
    case .help(let command):
        print(CommandText.help.help(command), terminator: "")
    case .version:
        print("authterm \(ProductVersion.current) (\(UserAgent.libcurlVersion))")
    case .run(.client, let arguments):
        try ClientCommands.run(arguments, environment: environment)
    case .run(.signOut, let arguments):
        try await ClientCommands.signOut(arguments, environment: environment)
    case .run(.demo, let arguments):
        try await ClientCommands.demo(arguments, environment: environment)
    }
} catch {
    // A plain message and exit status 1 (2 when there is no terminal to draw on), never a stack trace.
    let sentence = (error as? ClientError).map(CommandText.catalog.sentence(for:)) ?? "\(error)"
    fputs("authterm: \(sentence)\n", stderr)
    exit(error is TerminalError ? TerminalError.exitStatus : 1)
}
