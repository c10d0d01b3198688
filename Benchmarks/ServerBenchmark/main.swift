import AuthServer
import Foundation
import Synchronization

/// Prints how many Argon2id hashes per second this machine computes at the server's parameters,
/// with one thread and with one thread per core (or only with THREADS): the ceiling for password sign-ins.
///   server-benchmark [SECONDS [THREADS]]
let parameters = Argon2Parameters.owasp
let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }.filter { $0 > 0 }
guard arguments.count == CommandLine.arguments.count - 1, arguments.count <= 2 else {
    FileHandle.standardError.write(Data("usage: server-benchmark [SECONDS [THREADS]]\n".utf8))
    exit(2)
}
let seconds = Double(arguments.first ?? 5)
let cores = ProcessInfo.processInfo.activeProcessorCount
let threadCounts = arguments.count == 2 ? [arguments[1]] : Set([1, cores]).sorted()

/// Hashes on `threads` threads for `seconds`; the total rate.
func hashRate(threads: Int) throws -> Double {
    let hasher = PasswordHasher(parameters: parameters)
    let total = Mutex(0)
    let failure = Mutex<(any Error)?>(nil)
    let start = Date()
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
        var count = 0
        do {
            while Date().timeIntervalSince(start) < seconds {
                _ = try hasher.hash("benchmark password")
                count += 1
            }
        } catch {
            failure.withLock { $0 = error }
        }
        total.withLock { $0 += count }
    }
    if let error = failure.withLock({ $0 }) { throw error }
    return Double(total.withLock { $0 }) / Date().timeIntervalSince(start)
}

print("argon2id m=\(parameters.memoryKiB) KiB t=\(parameters.iterations) p=\(parameters.parallelism), \(Int(seconds)) s each")
for threads in threadCounts {
    let rate = try hashRate(threads: threads)
    print(String(format: "raw_hashes_per_second threads=%d %.1f", threads, rate))
}
