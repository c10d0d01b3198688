import AuthModel
import AuthTerm
import FoundationEssentials

/// The words of `authterm`'s command line (`--help`, errors) in the language it speaks, which is
/// known before the arguments are parsed (`LanguageChoice.commandLine`).
enum CommandText {
    static let catalog = Catalog(LanguageChoice.commandLine(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment))
}
