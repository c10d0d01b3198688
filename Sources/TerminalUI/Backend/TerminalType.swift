import Glibc
@preconcurrency import CNcursesw

/// Why the terminal cannot be used: no terminal at all, or none this host can draw full screens
/// on. Programs exit with status 2 for it, as for a command line they cannot run with.
public struct TerminalError: Error, CustomStringConvertible {
    public var description: String

    public static let exitStatus: Int32 = 2
}

/// The terminal description (terminfo entry) to draw with, chosen before the screen is taken.
/// Over SSH, TERM often names a terminal whose description the host lacks (`xterm-kitty`,
/// `xterm-ghostty` ...): then a common one that such terminals all understand is used instead,
/// and the program says so on its first screen.
public struct TerminalType: Equatable, Sendable {
    /// The terminfo name to draw with.
    public let name: String
    /// The TERM this host does not know, when `name` stands in for it.
    public let unknownTerm: String?

    /// What is tried, in order, when TERM names a terminal this host does not know.
    public static let fallbacks = ["xterm-256color", "xterm", "vt100"]

    /// What this host knows of a terminal.
    public enum Description: Sendable {
        case unknown
        /// Known, but without cursor addressing (`dumb`): it cannot show a full screen.
        case lineOnly
        case fullScreen
    }

    /// Checks that standard input and output are a terminal, then chooses the description from
    /// TERM in `environment`. Messages name `program` in the command line that fixes TERM.
    public static func detect(
        program: String, environment: [String: String], input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO
    ) throws(TerminalError) -> TerminalType {
        for (descriptor, name) in [(input, "standard input"), (output, "standard output")] where isatty(descriptor) == 0 {
            throw TerminalError(description: "needs a terminal, and its \(name) is not one: run it in a terminal window, "
                + "or over SSH with a terminal (ssh -t).")
        }
        return try choose(term: environment["TERM"], program: program) { describe($0, descriptor: output) }
    }

    /// TERM's own description when it can draw full screens; else, when this host does not know
    /// it, the first of `fallbacks` it knows.
    static func choose(term: String?, program: String, describe: (String) -> Description) throws(TerminalError)
        -> TerminalType
    {
        let example = "TERM=xterm-256color \(program) …"
        let fix = "set TERM to your terminal's type, e.g. \(example)"
        guard let term, !term.isEmpty else {
            throw TerminalError(description: "needs a full-screen terminal, and TERM is not set: \(fix)")
        }
        switch describe(term) {
        case .fullScreen:
            return TerminalType(name: term, unknownTerm: nil)
        case .lineOnly:
            throw TerminalError(description: "cannot draw full screens on the terminal \(term.debugDescription) (TERM): \(fix)")
        case .unknown:
            guard let fallback = fallbacks.first(where: { describe($0) == .fullScreen }) else {
                throw TerminalError(description: "the terminal \(term.debugDescription) (TERM) is not known on this host, "
                    + "nor are \(fallbacks.joined(separator: ", ")): install the terminal descriptions (Debian: ncurses-base, "
                    + "ncurses-term), or set TERM to a type this host knows, e.g. \(example)")
            }
            return TerminalType(name: fallback, unknownTerm: term)
        }
    }

    /// What the terminfo database says of `name`, read without taking the screen.
    static func describe(_ name: String, descriptor: Int32) -> Description {
        var status: Int32 = 0
        guard setupterm(name, descriptor, &status) == OK, let entry = cur_term else { return .unknown }
        defer { del_curterm(entry) }
        let cursorAddress = tigetstr("cup")
        return cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 ? .lineOnly : .fullScreen
    }
}
