import Foundation

/// The time source of the server; injected wherever expiry, lockouts or TOTP steps depend on it.
public protocol WallClock: Sendable {
    var now: Date { get }
}

/// The real time of the machine.
public struct SystemClock: WallClock {
    public init() {}

    public var now: Date { Date() }
}
