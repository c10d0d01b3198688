import AuthModel
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

@testable import AuthServer

/// A real server on a loopback port, with a temporary database (SQLite, or PostgreSQL for the tests
/// of the shared store suite), a hand-moved clock and recording senders (or, with `.configured`,
/// the SMS sender its settings describe).
final class TestServer: Sendable {
    let services: Services
    let clock: ManualClock
    let mail: RecordingMailSender
    let sms: RecordingSMSSender
    /// The store, with what it holds while the server lives.
    private let opened: OpenedStore

    static let password = "violet-harbor-lantern-47"

    /// Cheap hashing keeps tests fast; tests of races under password checks ask for dearer hashing.
    static let quickHashing = Argon2Parameters(memoryKiB: 1024, iterations: 1, parallelism: 1)

    /// Where text messages go.
    enum Texting {
        /// Into `sms`, whatever the settings say.
        case recorded
        /// Where `sms_sender` says (none, the outbox, a gateway).
        case configured
    }

    convenience init(
        store kind: StoreKind = .sqlite, hashing: Argon2Parameters = quickHashing, texting: Texting = .recorded,
        _ configure: (inout ServerConfiguration) -> Void = { _ in }
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("authterm-server-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var configuration = ServerConfiguration(dataFolder: folder)
        configure(&configuration)
        try self.init(
            opened: try await kind.makeStore(folder: folder), configuration: configuration, hashing: hashing, texting: texting)
    }

    /// A server on a store opened already.
    init(
        opened: OpenedStore, configuration: ServerConfiguration, hashing: Argon2Parameters = quickHashing,
        texting: Texting = .recorded
    ) throws {
        clock = ManualClock()
        mail = RecordingMailSender()
        sms = RecordingSMSSender()
        self.opened = opened
        let store = opened.store
        services = Services(
            store: store, clock: clock, configuration: configuration, hasher: PasswordHasher(parameters: hashing),
            passwordPolicy: try PasswordPolicy.standard(), secretsKey: SymmetricKey(size: .bits256), mail: mail,
            sms: texting == .recorded ? sms : try configuration.smsSender.sender(configuration), logger: Logger(label: "test"))
    }

    /// Runs `body` against the server listening on a free loopback port.
    func run(_ body: @Sendable (APIClient) async throws -> Void) async throws {
        let app = try ServerApplication.build(services: services, host: "127.0.0.1", port: 0, logger: Logger(label: "test"))
        try await app.test(.live) { client in try await body(APIClient(client: client)) }
    }

    @discardableResult
    func addUser(_ email: String = "ada@example.com", password: String = TestServer.password) async throws -> UserRecord {
        try await AccountAdministration(services: services).addUser(email: email, displayName: nil, password: password)
    }
}
