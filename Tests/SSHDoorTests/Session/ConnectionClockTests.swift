import NIOCore
import NIOEmbedded
import Testing

@testable import SSHDoor

/// A connection's limits on a channel whose clock the test moves.
@Suite struct ConnectionClockTests {
    /// A connection with `clock` first in its pipeline; what the clock logged ends up in `ended`.
    final class Connection {
        let channel: EmbeddedChannel
        let loop: EmbeddedEventLoop
        var ended: [String] = []

        init(idle: Duration = .seconds(600), length: Duration = .seconds(3600), sessionDeadline: Duration = .seconds(30)) throws {
            loop = EmbeddedEventLoop()
            channel = EmbeddedChannel(loop: loop)
            var log: (String) -> Void = { _ in }
            let clock = ConnectionClock(idleTimeout: idle, maxLength: length, sessionDeadline: sessionDeadline) { log($0) }
            try channel.pipeline.syncOperations.addHandler(clock)
            try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 22)).wait()
            log = { [unowned self] in ended.append($0) }
        }

        var isOpen: Bool { channel.isActive }
    }

    @Test func aConnectionWithoutASessionIsClosedAfterItsDeadline() throws {
        let connection = try Connection(sessionDeadline: .seconds(30))
        connection.loop.advanceTime(by: .seconds(29))
        #expect(connection.isOpen)
        connection.loop.advanceTime(by: .seconds(1))
        #expect(!connection.isOpen)
        #expect(connection.ended == ["No session was opened within 30 seconds."])
    }

    @Test func anIdleConnectionIsClosedAndInputPostponesIt() throws {
        let connection = try Connection(idle: .seconds(60), sessionDeadline: .seconds(3600))
        let clock = try connection.channel.pipeline.syncOperations.handler(type: ConnectionClock.self)
        connection.loop.advanceTime(by: .seconds(50))
        clock.noteInput()
        connection.loop.advanceTime(by: .seconds(50))
        #expect(connection.isOpen, "a key 50 seconds ago")
        connection.loop.advanceTime(by: .seconds(10))
        #expect(!connection.isOpen)
        #expect(connection.ended == ["The session ended after 60 seconds without a key press."])
    }

    @Test func theLengthLimitHoldsWhateverHappens() throws {
        let connection = try Connection(idle: .seconds(60), length: .seconds(600), sessionDeadline: .seconds(3600))
        let clock = try connection.channel.pipeline.syncOperations.handler(type: ConnectionClock.self)
        for _ in 0..<19 {
            connection.loop.advanceTime(by: .seconds(30))
            clock.noteInput()
        }
        #expect(connection.isOpen)
        connection.loop.advanceTime(by: .seconds(30))
        #expect(!connection.isOpen)
        #expect(connection.ended == ["The session ended: sessions through this door last at most 10 minutes."])
    }

    @Test func durationsAreWrittenAsPeopleSayThem() {
        #expect(ConnectionClock.describe(.seconds(1)) == "1 second")
        #expect(ConnectionClock.describe(.seconds(90)) == "90 seconds")
        #expect(ConnectionClock.describe(.seconds(600)) == "10 minutes")
        #expect(ConnectionClock.describe(.seconds(3600)) == "1 hour")
        #expect(ConnectionClock.describe(.seconds(5400)) == "1 hour 30 minutes")
        #expect(ConnectionClock.describe(.seconds(7201)) == "7201 seconds")
    }
}
