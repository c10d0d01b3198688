import NIOCore

/// One connection's time limits. A connection that has not opened a session within
/// `sessionDeadline` is closed (someone holding connections open without using them). After
/// `idleTimeout` without a key from its user, and after `maxLength` in any case, its sessions are
/// ended with a notice saying why, and the connection closes soon after. On the connection's own
/// channel, first in its pipeline.
final class ConnectionClock: ChannelInboundHandler {
    typealias InboundIn = NIOAny

    private let idleTimeout: TimeAmount
    private let maxLength: TimeAmount
    private let sessionDeadline: TimeAmount
    private let onTimeUp: (String) -> Void
    private var lastInput: NIODeadline?
    private var sessions: [ObjectIdentifier: SessionHandler] = [:]
    private var hadSession = false
    private var timers: [Scheduled<Void>] = []
    private var context: ChannelHandlerContext?

    /// How long a connection has to close after its sessions were told to end.
    static let grace = TimeAmount.seconds(5)

    /// `onTimeUp` logs which limit ended the connection.
    init(idleTimeout: Duration, maxLength: Duration, sessionDeadline: Duration = .seconds(30),
         onTimeUp: @escaping (String) -> Void) {
        self.idleTimeout = TimeAmount(idleTimeout)
        self.maxLength = TimeAmount(maxLength)
        self.sessionDeadline = TimeAmount(sessionDeadline)
        self.onTimeUp = onTimeUp
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        lastInput = context.eventLoop.now
        let clock = NIOLoopBound(self, eventLoop: context.eventLoop)
        let length = Self.describe(maxLength)
        timers = [
            context.eventLoop.scheduleTask(in: idleTimeout) { clock.value.checkIdle() },
            context.eventLoop.scheduleTask(in: maxLength) {
                clock.value.end("The session ended: sessions through this door last at most \(length).")
            },
            context.eventLoop.scheduleTask(in: sessionDeadline) { clock.value.checkSessionOpened() },
        ]
    }

    func channelInactive(context: ChannelHandlerContext) {
        timers.forEach { $0.cancel() }
        timers = []
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        sessions = [:]
    }

    /// A key (or any bytes) from the user of one of the connection's sessions.
    func noteInput() {
        lastInput = context?.eventLoop.now
    }

    func add(_ session: SessionHandler) {
        sessions[ObjectIdentifier(session)] = session
        hadSession = true
    }

    func remove(_ session: SessionHandler) {
        sessions[ObjectIdentifier(session)] = nil
    }

    private func checkIdle() {
        guard let context, let lastInput else { return }
        let due = lastInput + idleTimeout
        if due <= context.eventLoop.now {
            end("The session ended after \(Self.describe(idleTimeout)) without a key press.")
        } else {
            let clock = NIOLoopBound(self, eventLoop: context.eventLoop)
            timers.append(context.eventLoop.scheduleTask(deadline: due) { clock.value.checkIdle() })
        }
    }

    private func checkSessionOpened() {
        if !hadSession { end("No session was opened within \(Self.describe(sessionDeadline)).") }
    }

    /// Ends the connection's sessions with `notice`, and the connection soon after.
    func end(_ notice: String) {
        guard let context, context.channel.isActive else { return }
        onTimeUp(notice)
        let ending = sessions.values
        ending.forEach { $0.timeUp(notice) }
        let channel = context.channel
        if ending.isEmpty {
            channel.close(promise: nil)
        } else {
            timers.append(context.eventLoop.scheduleTask(in: Self.grace) { channel.close(promise: nil) })
        }
    }

    /// "90 seconds", "10 minutes", "1 hour 30 minutes".
    static func describe(_ amount: TimeAmount) -> String {
        let seconds = Int(amount.nanoseconds / 1_000_000_000)
        func count(_ value: Int, _ unit: String) -> String { "\(value) \(unit)\(value == 1 ? "" : "s")" }
        if seconds < 120 || seconds % 60 != 0 { return count(seconds, "second") }
        let minutes = seconds / 60
        if minutes < 60 { return count(minutes, "minute") }
        return count(minutes / 60, "hour") + (minutes % 60 == 0 ? "" : " " + count(minutes % 60, "minute"))
    }
}
