import NIOConcurrencyHelpers

/// The door's counts, shared by every connection: connections and sessions open now, and each
/// address's recent connections. Safe to use from any thread.
final class Admission: Sendable {
    /// Why a connection or a session was turned away; the text is shown to its user.
    enum Refusal: Equatable, CustomStringConvertible {
        case tooManyFromAddress(perMinute: Int)
        case tooManyConnections(Int)
        case full(sessions: Int)

        var description: String {
            switch self {
            case .tooManyFromAddress(let limit):
                "Too many connections from your address (\(limit) a minute). Try again in a minute."
            case .tooManyConnections(let count):
                "The door has \(count) connections open. Try again in a few minutes."
            case .full(let sessions):
                "The door is full (\(sessions) session\(sessions == 1 ? "" : "s") at once). Try again in a few minutes."
            }
        }
    }

    private struct Counts {
        var connections = 0
        var sessions = 0
        var rate: ConnectionRateLimit
    }

    private let maxConnections: Int
    private let maxSessions: Int
    private let counts: NIOLockedValueBox<Counts>

    init(maxConnections: Int, maxSessions: Int, connectionsPerMinute: Int) {
        self.maxConnections = maxConnections
        self.maxSessions = maxSessions
        counts = NIOLockedValueBox(Counts(rate: ConnectionRateLimit(limit: connectionsPerMinute)))
    }

    /// Takes a connection's place for `client` (see `ClientAddress`), or says why there is none;
    /// `endConnection()` gives it back.
    func beginConnection(from client: String, at now: ContinuousClock.Instant = .now) -> Refusal? {
        counts.withLockedValue { counts in
            guard counts.rate.admit(client, at: now) else { return .tooManyFromAddress(perMinute: counts.rate.limit) }
            guard counts.connections < maxConnections else { return .tooManyConnections(counts.connections) }
            counts.connections += 1
            return nil
        }
    }

    func endConnection() {
        counts.withLockedValue { $0.connections -= 1 }
    }

    /// Takes a session's place, or says that there is none; `endSession()` gives it back.
    func beginSession() -> Refusal? {
        counts.withLockedValue { counts in
            guard counts.sessions < maxSessions else { return .full(sessions: maxSessions) }
            counts.sessions += 1
            return nil
        }
    }

    func endSession() {
        counts.withLockedValue { $0.sessions -= 1 }
    }

    var openSessions: Int { counts.withLockedValue { $0.sessions } }
}
