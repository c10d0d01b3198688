import AuthServer
import Foundation
import Synchronization

/// Prints how many Argon2id hashes per second this machine computes at the server's parameters,
/// with one thread and with one thread per core: the ceiling for password sign-ins.
let parameters = Argon2Parameters.owasp
let seconds = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 5
let cores = ProcessInfo.processInfo.activeProcessorCount

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
for threads in Set([1, cores]).sorted() {
    let rate = try hashRate(threads: threads)
    print(String(format: "raw_hashes_per_second threads=%d %.1f", threads, rate))
}
