import ArgumentParser
import AuthServer
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the API over HTTPS (or plain HTTP on loopback); stops gracefully on SIGTERM or SIGINT.",
        discussion: """
            Without --tls-cert and --tls-key the API is plain HTTP, on a loopback address only unless \
            --allow-plain-http (for a TLS reverse proxy on another host). At start, one warning line is logged for \
            each thing that is not real: mail or SMS to the outbox, plain HTTP, a secrets key beside the database.
            """)

    @OptionGroup var options: ServerOptions

    @Option(help: ArgumentHelp("The address to listen on (default: 127.0.0.1:8080).", valueName: "host:port"))
    var listen: String?

    @Option(help: ArgumentHelp("The certificate chain to serve over TLS 1.2 or later (PEM).", valueName: "file"))
    var tlsCert: String?

    @Option(help: ArgumentHelp("The private key of --tls-cert (PEM, without a passphrase).", valueName: "file"))
    var tlsKey: String?

    @Flag(help: "Serve plain HTTP on an address that is not loopback (only behind a TLS reverse proxy).")
    var allowPlainHttp = false

    @Option(help: ArgumentHelp(
        "Where GET /metrics answers in Prometheus's text format, or none (default: 127.0.0.1:9464).", valueName: "host:port"))
    var metricsListen: String?

    func run() async throws {
        var settings = try options.serverSettings()
        if let listen { settings.set(\.listen, to: listen, key: "listen", flag: "--listen") }
        if let tlsCert { settings.set(\.tlsCert, to: tlsCert, key: "tls_cert", flag: "--tls-cert") }
        if let tlsKey { settings.set(\.tlsKey, to: tlsKey, key: "tls_key", flag: "--tls-key") }
        if allowPlainHttp { settings.set(\.allowPlainHttp, to: true, key: "allow_plain_http", flag: "--allow-plain-http") }
        if let metricsListen { settings.set(\.metricsListen, to: metricsListen, key: "metrics_listen", flag: "--metrics-listen") }
        let configuration = try settings.validated(files: true)
        let logger = ServerLog.logger
        for warning in StartupWarnings.of(configuration) {
            logger.warning("\(warning)")
        }
        try await Services.withLive(configuration: configuration, serving: true, logger: logger) { services in
            try await ServerApplication.build(services: services, logger: logger).runService()
        }
    }
}
