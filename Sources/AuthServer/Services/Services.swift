import Crypto
import Foundation
import Logging

/// What every service shares — storage, time, settings, crypto and messaging — and the services themselves.
public struct Services: Sendable {
    public let store: any Store
    public let clock: any WallClock
    public let configuration: ServerConfiguration
    let hasher: PasswordHasher
    let hashing: HashingQueue
    let passwordPolicy: PasswordPolicy
    let secretBox: SecretBox
    /// Keeps recovery codes: a dump of the database alone cannot check guesses against them.
    let recoveryCodeDigest: KeyedDigest
    let notifier: Notifier
    /// What `/metrics` shows; no decision reads it.
    public let metrics: ServerMetrics

    /// `sms` nil: no gateway, so phone numbers are not offered as a method.
    init(
        store: any Store, clock: any WallClock, configuration: ServerConfiguration, hasher: PasswordHasher,
        passwordPolicy: PasswordPolicy, secretsKey: SymmetricKey, mail: any MailSender, sms: (any SMSSender)?,
        logger: Logger, metrics: ServerMetrics = ServerMetrics()
    ) {
        self.store = store
        self.clock = clock
        self.configuration = configuration
        self.hasher = hasher
        hashing = HashingQueue(limit: max(configuration.hashingQueueLimit, 1), metrics: metrics)
        self.passwordPolicy = passwordPolicy
        secretBox = SecretBox(key: secretsKey)
        recoveryCodeDigest = KeyedDigest(secretsKey: secretsKey, purpose: "recovery codes")
        notifier = Notifier(mail: mail, sms: sms, logger: logger, metrics: metrics)
        self.metrics = metrics
    }

    var audit: AuditLog { AuditLog(store: store, clock: clock) }
    var throttle: Throttle { Throttle(store: store, clock: clock, configuration: configuration) }
    var attempts: AttemptGuard { AttemptGuard(services: self) }
    var passwords: PasswordCheck { PasswordCheck(services: self) }
    var secondFactor: SecondFactor { SecondFactor(services: self) }

    var sessions: SessionService { SessionService(services: self) }
    var signIn: SignInService { SignInService(services: self) }
    var accounts: AccountService { AccountService(services: self) }
    var mfa: MFAService { MFAService(services: self) }
    var passwordReset: PasswordResetService { PasswordResetService(services: self) }
}

extension Services {
    /// The services of a running server, as the configuration describes them, for as long as `body`
    /// runs: the store is opened and its schema brought up to date first. Refuses a database whose
    /// sealed secrets the configured key file cannot open. `serving`: they answer requests (`serve`),
    /// rather than run one command.
    public static func withLive<T>(
        configuration: ServerConfiguration, serving: Bool = false, logger: Logger, _ body: (Services) async throws -> T
    ) async throws -> T {
        let location = try configuration.databaseLocation()
        let mail: any MailSender = configuration.smtpUrl.isEmpty
            ? OutboxMailSender(folder: configuration.outbox, from: configuration.mailFrom)
            : SMTPMailSender(url: configuration.smtpUrl, from: configuration.mailFrom, security: configuration.smtpTls,
                             caFile: configuration.smtpCaFile)
        let sms = try configuration.smsSender.sender(configuration)
        let passwordPolicy = try PasswordPolicy.standard(
            minLength: configuration.passwordMinLength, maxLength: configuration.passwordMaxLength)
        return try await StoreOpening.with(
            location, connections: configuration.databaseConnections, serving: serving, logger: logger
        ) { store in
            let migration = try await store.migrate()
            if migration.from != migration.to {
                logger.info("database schema of \(location) migrated from version \(migration.from) to \(migration.to)")
            }
            return try await body(
                Services(
                    store: store, clock: SystemClock(), configuration: configuration,
                    hasher: PasswordHasher(parameters: .owasp), passwordPolicy: passwordPolicy,
                    secretsKey: try await SecretsKeyFile.key(at: configuration.secretsKeyFile, for: store),
                    mail: mail, sms: sms, logger: logger))
        }
    }
}
