import ArgumentParser
import AuthModel
import AuthServer
import Logging

@main
struct AuthtermServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authterm-server",
        abstract: "The auth API behind authterm: sign-in, sessions and multifactor authentication.",
        version: ProductVersion.current,
        subcommands: [Serve.self],
        defaultSubcommand: Serve.self)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the API over HTTP.")

    @Option(help: "The address to listen on, HOST:PORT.")
    var listen = "127.0.0.1:8080"

    func run() async throws {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
              (0...65_535).contains(port)
        else {
            throw ValidationError("--listen takes HOST:PORT, e.g. 127.0.0.1:8080")
        }
        let host = String(listen[..<colon])
        let logger = Logger(label: "authterm-server")
        let services = try Services.live(configuration: ServerConfiguration(), logger: logger)
        let app = ServerApplication.build(services: services, host: host, port: port, logger: logger)
        try await app.runService()
    }
}
