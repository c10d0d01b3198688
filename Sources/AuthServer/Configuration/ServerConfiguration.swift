import AuthModel
import Foundation

/// Every setting of `authterm-server`, with safe defaults. Read from the config file, then overridden by flags.
public struct ServerConfiguration: Codable, Equatable, Sendable {
    /// The address to listen on, `HOST:PORT`.
    public var listen = "127.0.0.1:8080"
    /// The certificate chain (PEM) the API is served with over TLS (1.2 and later), with `tlsKey`;
    /// both or neither. Without them the API is plain HTTP, on a loopback address only.
    public var tlsCert = ""
    /// The private key (PEM) of `tlsCert`.
    public var tlsKey = ""
    /// Plain HTTP on an address that is not loopback: only behind a TLS reverse proxy.
    public var allowPlainHttp = false
    /// Where `GET /metrics` answers in Prometheus's text format, `HOST:PORT`, or `none` for no metrics listener.
    public var metricsListen = "127.0.0.1:9464"
    /// The SQLite database file (a path or `sqlite:PATH`), or a PostgreSQL URL
    /// (`postgres://USER@HOST:PORT/DB`) for several instances sharing one database.
    public var database: String
    /// A file holding the PostgreSQL password, when the URL has none (else `PGPASSWORD`).
    public var databasePasswordFile = ""
    /// PostgreSQL connections each instance keeps (their sum over the instances must stay under the
    /// database's `max_connections`): `serve` opens them at start and keeps them open.
    public var databaseConnections = 20
    /// Where mail and SMS go when no SMTP server is configured.
    public var outbox: String
    /// The file holding the key that encrypts TOTP secrets and phone numbers (created 0600 on first start).
    public var secretsKeyFile: String
    /// The issuer name shown in authenticator apps.
    public var issuer = "authterm"
    /// The sender address of notice and reset mails.
    public var mailFrom = "authterm <no-reply@localhost>"
    /// `smtp://` or `smtps://user:password@host:port`; empty for the outbox.
    public var smtpUrl = ""
    /// `required`: STARTTLS (or `smtps://`) before anything is sent; `none` only for a relay on loopback.
    public var smtpTls = SMTPSecurity.required
    /// A CA certificate (PEM) the SMTP server's certificate is checked against instead of the system's.
    public var smtpCaFile = ""

    /// Where text messages go: `none` (phone numbers are not offered as a method), `outbox`, `twilio` or `webhook`.
    public var smsSender = SMSSenderKind.none
    /// Twilio's Programmable Messaging: the account (`AC…`), a file holding its auth token, and the
    /// sender: a phone number (`+1…`) or a messaging service (`MG…`).
    public var twilioAccountSid = ""
    public var twilioAuthTokenFile = ""
    public var twilioFrom = ""
    /// Where Twilio's API is (another address for a test double or a regional endpoint).
    public var twilioBaseUrl = "https://api.twilio.com"
    /// The webhook gateway: a JSON `{to, text}` POST to this URL with a bearer token from a file.
    public var smsWebhookUrl = ""
    public var smsWebhookTokenFile = ""
    /// Seconds a gateway may take to accept a text message.
    public var smsTimeout = 10

    /// How long an access session lives, in seconds.
    public var sessionLifetime = 12 * 3600
    /// A remember token dies after this many seconds without access (sliding).
    public var rememberIdleWindow = 14 * 24 * 3600
    /// A remember token dies this many seconds after the sign-in it came from, however often it is used.
    public var rememberMaxLifetime = 90 * 24 * 3600
    /// How long a session counts as recently authenticated, in seconds.
    public var reauthenticationWindow = 600
    /// How long a sign-in flow may take, in seconds.
    public var signInFlowLifetime = 600
    /// TOTP steps accepted on either side of the current one.
    public var totpSkew = 1
    /// What a password reset does to MFA.
    public var onPasswordReset = PasswordResetPolicy.clearMFA

    /// Whom users should ask for help, as the client shows it (`GET /v1/service`); empty for none.
    public var supportContact = ""
    /// When support answers; empty for none.
    public var supportHours = ""
    /// A few short texts the client shows on its MFA screens and in help.
    public var notices: [String] = []
    /// Manuals and other pages the client lists: `{title: Manual, url: https://...}` each.
    public var links: [ServiceLink] = []

    public var passwordMinLength = 12
    public var passwordMaxLength = 128

    /// Failures of one kind of secret (password, second-factor code, reset code) in a row for one
    /// account before that kind is locked for it.
    public var lockoutThreshold = 10
    /// The first lockout, in seconds; each further lockout doubles it up to `lockoutMaxDuration`.
    public var lockoutBaseDuration = 60
    public var lockoutMaxDuration = 3600
    /// Failed passwords or codes from one client address per window before it is rate limited.
    public var addressFailureLimit = 100
    /// Reset mails, sign-in and re-authentication SMS codes and phone setups, each counted on its own,
    /// per account per window.
    public var accountSendLimit = 5
    /// The same, per client address per window.
    public var addressSendLimit = 30
    /// Sign-ins started per client address per window.
    public var signInStartLimit = 300
    /// The window of the rate limits above, in seconds.
    public var rateLimitWindow = 900
    /// Largest request body accepted, in bytes.
    public var maxBodySize = 16 * 1024
    /// How often expired sessions, sign-in flows, setups and codes are deleted, in seconds.
    public var expirySweepInterval = 3600
    /// How long audit events are kept, in seconds; 0 keeps them for ever.
    public var auditRetention = 365 * 24 * 3600
    /// Reverse proxies whose `Forwarded` or `X-Forwarded-For` name the client: addresses or CIDR blocks.
    public var trustedProxies: [String] = []
    /// Web origins (`https://app.example.org`) whose pages may call the API; requests from any other page are refused.
    public var allowedOrigins: [String] = []
    /// Password hashes waiting or running at most; beyond it requests are answered 503 at once.
    public var hashingQueueLimit = 64
    /// Seconds an HTTP connection may stay idle before it is closed.
    public var httpIdleTimeout = 60

    public init(dataFolder: String = ServerConfiguration.defaultDataFolder()) {
        database = dataFolder + "/authterm-server.sqlite"
        outbox = dataFolder + "/outbox"
        secretsKeyFile = dataFolder + "/secrets.key"
    }

    /// Where the store lives, from `database`.
    public func databaseLocation(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> DatabaseLocation
    {
        try DatabaseLocation.parse(database, passwordFile: databasePasswordFile, environment: environment)
    }

    /// `$XDG_DATA_HOME/authterm-server`, or `~/.local/share/authterm-server`.
    public static func defaultDataFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/authterm-server"
    }
}
