import ArgumentParser
import AuthServer

struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check the settings: print every setting in effect (passwords masked) and every warning.",
        discussion: """
            Exits with status 1, naming the file (or flag) and the setting, when a setting is out of its bounds, \
            of the wrong shape, or names a file that cannot be used (the TLS certificate and key, a gateway's token). \
            The database is not opened.
            """)

    @OptionGroup var options: ServerOptions

    func run() async throws {
        let configuration = try options.serverSettings().validated(files: true)
        for line in try SettingsReport.lines(configuration) {
            print(line)
        }
        let warnings = StartupWarnings.of(configuration)
        print(warnings.isEmpty ? "\nNo warnings." : "\nWarnings:")
        for warning in warnings {
            print("  " + warning)
        }
    }
}
