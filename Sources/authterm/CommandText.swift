import AuthModel
import AuthTerm
import FoundationEssentials
@preconcurrency import Glibc

/// The words of `authterm`'s command line (`--help`, errors) in the language it speaks, which is
/// known before the arguments are parsed (`LanguageChoice.commandLine`).
enum CommandText {
    static let catalog = Catalog(LanguageChoice.commandLine(
        arguments: CommandLine.arguments, environment: CommandLine.environment))

    static var help: CommandHelp { CommandHelp(text: catalog, width: width) }

    /// The columns the help is wrapped to: COLUMNS when set, else the terminal's on standard
    /// output, else 80.
    private static var width: Int {
        if let columns = CommandLine.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 else { return 80 }
        return Int(window.ws_col)
    }
}
