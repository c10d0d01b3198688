import ArgumentParser
import AuthServer
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the API over HTTP; stops gracefully on SIGTERM or SIGINT.")

    @OptionGroup var options: ServerOptions

    @Option(help: "The address to listen on, HOST:PORT (default: 127.0.0.1:8080).")
    var listen: String?

    func run() async throws {
        var configuration = try options.configuration()
        if let listen { configuration.listen = listen }
        guard let colon = configuration.listen.lastIndex(of: ":"),
              let port = Int(configuration.listen[configuration.listen.index(after: colon)...]),
              (0...65_535).contains(port)
        else {
            throw ValidationError("--listen takes HOST:PORT, e.g. 127.0.0.1:8080")
        }
        let host = String(configuration.listen[..<colon])
        let logger = ServerLog.logger
        try await Services.withLive(configuration: configuration, logger: logger) { services in
            let app = try ServerApplication.build(services: services, host: host, port: port, logger: logger)
            try await app.runService()
        }
    }
}
