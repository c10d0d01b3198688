import ArgumentParser
import AuthServer
import Foundation

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Show security events, newest first.")

    @OptionGroup var options: ServerOptions
    @Argument(help: "Only the events of this account.") var email: String?
    @Option(help: "How many events to show.") var limit = 100

    func run() async throws {
        let events = try await options.withAdministration { try await $0.auditEvents(email: email, limit: limit) }
        for event in events {
            print(AccountText.line(event))
        }
    }
}
