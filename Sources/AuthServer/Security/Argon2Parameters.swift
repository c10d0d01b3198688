/// The cost of one Argon2id hash.
struct Argon2Parameters: Sendable, Equatable {
    var memoryKiB: UInt32
    var iterations: UInt32
    var parallelism: UInt32

    /// OWASP's recommendation: 19 MiB of memory, 2 passes, 1 lane.
    static let owasp = Argon2Parameters(memoryKiB: 19 * 1024, iterations: 2, parallelism: 1)

    /// True when these cost less than `other` in memory or in passes, the two costs an attacker pays per guess.
    func isWeaker(than other: Argon2Parameters) -> Bool {
        memoryKiB < other.memoryKiB || iterations < other.iterations
    }
}
