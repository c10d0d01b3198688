import ArgumentParser
import AuthClient
import AuthModel

@main
struct AuthtermCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authterm",
        abstract: "Sign in to a service and manage its account security from the terminal.",
        version: "authterm \(ProductVersion.current) (\(UserAgent.libcurlVersion))",
        subcommands: [Demo.self])
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Try authterm against a local server with a demo account.")

    func run() throws {
        print("authterm demo is not part of this build yet: it arrives with the sign-in screens.")
        throw ExitCode(2)
    }
}
