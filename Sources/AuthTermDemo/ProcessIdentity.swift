import FoundationEssentials
import Glibc

/// A process told apart from any later one given the same id: its id and the time it started
/// (clock ticks after boot), as /proc shows them. Kept in a file as `PID START`.
struct ProcessIdentity: Equatable {
    let pid: pid_t
    let startTime: UInt64

    /// The process `pid` as it is now; nil when there is none, or only what is left of one that
    /// ended and was not collected (a zombie).
    init?(pid: pid_t) {
        guard let stat = Self.read("/proc/\(pid)/stat"), let nameEnd = stat.lastIndex(of: ")") else { return nil }
        // After the name, which may hold spaces: the state (field 3) ... the start time (field 22).
        let fields = stat[stat.index(after: nameEnd)...].split(separator: " ")
        guard fields.count > 19, fields[0] != "Z", fields[0] != "X", let start = UInt64(fields[19]) else { return nil }
        self.pid = pid
        self.startTime = start
    }

    /// An identity as `record` wrote it.
    init?(record: String) {
        let parts = record.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, let start = UInt64(parts[1]) else { return nil }
        self.pid = pid
        self.startTime = start
    }

    static var current: ProcessIdentity? { ProcessIdentity(pid: getpid()) }

    var record: String { "\(pid) \(startTime)\n" }

    /// Whether this very process still runs.
    var isRunning: Bool { ProcessIdentity(pid: pid) == self }

    /// A /proc file, whose size is not known before it is read.
    private static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = Glibc.read(fd, &bytes, bytes.count)
        return count > 0 ? String(decoding: bytes.prefix(count), as: UTF8.self) : nil
    }
}
