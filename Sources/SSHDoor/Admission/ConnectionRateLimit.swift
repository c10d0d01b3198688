import NIOCore

/// New connections per client in a sliding minute: each client may open `limit` of them in any
/// `window`. Remembers only the connections of the last window, oldest first, so each check
/// costs the same however many clients there are.
struct ConnectionRateLimit {
    let limit: Int
    let window: Duration
    /// The connections of the last window, oldest first.
    private var arrivals = CircularBuffer<(time: ContinuousClock.Instant, client: String)>()
    /// How many of them each client opened.
    private var counts: [String: Int] = [:]

    init(limit: Int, window: Duration = .seconds(60)) {
        self.limit = limit
        self.window = window
    }

    /// Counts a connection from `client` at `now` if it is under its limit; false when it is
    /// not (a refused connection does not count).
    mutating func admit(_ client: String, at now: ContinuousClock.Instant) -> Bool {
        while let oldest = arrivals.first, oldest.time <= now - window {
            arrivals.removeFirst()
            counts[oldest.client] = counts[oldest.client].flatMap { $0 > 1 ? $0 - 1 : nil }
        }
        guard counts[client, default: 0] < limit else { return false }
        counts[client, default: 0] += 1
        arrivals.append((now, client))
        return true
    }

    /// How many clients are remembered.
    var clientCount: Int { counts.count }
}
