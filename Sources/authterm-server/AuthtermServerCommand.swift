import ArgumentParser
import AuthModel

@main
struct AuthtermServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authterm-server",
        abstract: "The auth API behind authterm: sign-in, sessions and multifactor authentication.",
        version: ProductVersion.current,
        subcommands: [
            Serve.self, UserCommand.self, AuditCommand.self, MigrateCommand.self, CopyStoreCommand.self, CheckConfigCommand.self,
        ],
        defaultSubcommand: Serve.self)
}
