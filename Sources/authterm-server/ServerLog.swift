import Logging

/// Where the commands log: standard error, so that what a command prints (an account list, the
/// audit log) stays clean on standard output.
enum ServerLog {
    static var logger: Logger {
        Logger(label: "authterm-server", factory: { StreamLogHandler.standardError(label: $0) })
    }
}
