import ArgumentParser
import AuthModel
import AuthServer
import Foundation

extension Language: ExpressibleByArgument {}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage accounts.",
        subcommands: [Add.self, List.self, Show.self, Unlock.self, ResetMFA.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "The e-mail address.") var email: String
        @Option(help: "The name shown to the user (default: the part of the e-mail before @).") var name: String?
        @Option(help: ArgumentHelp("The language of the account's mail, en or ja, until its holder signs in.",
                                   valueName: "en|ja"))
        var language: Language = .en
        @Flag(help: "Read the password from standard input instead of prompting.") var passwordStdin = false

        func run() async throws {
            let password = try PasswordInput.read(fromStandardInput: passwordStdin)
            let user = try await options.withAdministration { admin in
                try await admin.addUser(email: email, displayName: name, password: password, language: language)
            }
            print("Added \(user.email).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")
        @OptionGroup var options: ServerOptions

        func run() async throws {
            for summary in try await options.withAdministration({ try await $0.summaries() }) {
                print(AccountText.line(summary))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an account.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "The e-mail address.") var email: String

        func run() async throws {
            print(AccountText.details(try await options.withAdministration { try await $0.summary(email: email) }))
        }
    }

    struct Unlock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lift a lockout after failed sign-ins.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "The e-mail address.") var email: String

        func run() async throws {
            try await options.withAdministration { try await $0.unlock(email: email) }
            print("Unlocked \(email).")
        }
    }

    struct ResetMFA: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-mfa",
            abstract: "Helpdesk: remove the MFA methods and recovery codes, turn MFA off and sign the account out.")
        @OptionGroup var options: ServerOptions
        @Argument(help: "The e-mail address.") var email: String

        func run() async throws {
            try await options.withAdministration { try await $0.resetMFA(email: email) }
            print("MFA of \(email) was reset.")
        }
    }
}
