import Foundation

/// Runs an `HTTPTransport` on a background thread for `async` callers.
///
/// The thread lives while there is work: the first request starts it, and it ends once every
/// request has been answered. All transport calls happen on that thread; callers only touch
/// the queues below, under the lock, and wake the thread with `HTTPTransport.wakeUp()`.
final class TransportWorker: @unchecked Sendable {
    typealias Reply = CheckedContinuation<Result<HTTPResponse, ClientError>, Never>

    private struct Submission {
        let ticket: Int
        let request: HTTPRequest
        let reply: Reply
    }

    private let transport: HTTPTransport
    private let lock = NSLock()
    // Guarded by `lock`.
    private var submissions: [Submission] = []
    private var cancellations: [Int] = []
    private var threadRunning = false
    private var lastTicket = 0
    // Touched only by the worker thread.
    private var started: [RequestID: (ticket: Int, reply: Reply)] = [:]

    init(transport: HTTPTransport) {
        self.transport = transport
    }

    /// Sends `request` and waits for its end; cancelling the task cancels the request.
    func perform(_ request: HTTPRequest) async -> Result<HTTPResponse, ClientError> {
        let ticket = lock.withLock { lastTicket += 1; return lastTicket }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (reply: Reply) in
                submit(Submission(ticket: ticket, request: request, reply: reply))
            }
        } onCancel: {
            cancel(ticket)
        }
    }

    private func submit(_ submission: Submission) {
        let startThread: Bool = lock.withLock {
            if Task.isCancelled {
                submission.reply.resume(returning: .failure(.cancelled))
                return false
            }
            submissions.append(submission)
            defer { threadRunning = true }
            return !threadRunning
        }
        if startThread {
            Thread.detachNewThread { [self] in run() }
        } else {
            transport.wakeUp()
        }
    }

    private func cancel(_ ticket: Int) {
        let waiting: Submission? = lock.withLock {
            if let index = submissions.firstIndex(where: { $0.ticket == ticket }) {
                return submissions.remove(at: index)
            }
            cancellations.append(ticket)
            return nil
        }
        waiting?.reply.resume(returning: .failure(.cancelled))
        transport.wakeUp()
    }

    /// The worker thread: start what was submitted, cancel what was cancelled, answer what ended.
    private func run() {
        while let (newSubmissions, newCancellations) = takeWork() {
            for submission in newSubmissions {
                do {
                    let id = try transport.start(submission.request)
                    started[id] = (submission.ticket, submission.reply)
                } catch {
                    submission.reply.resume(returning: .failure(error))
                }
            }
            for ticket in newCancellations {
                if let id = started.first(where: { $0.value.ticket == ticket })?.key {
                    transport.cancel(id)
                }
            }
            for completion in transport.wait(timeout: .seconds(1)).completions {
                started.removeValue(forKey: completion.id)?.reply.resume(returning: completion.result)
            }
        }
    }

    /// The queued work, or nil (and the thread ends) when there is nothing left to do.
    private func takeWork() -> ([Submission], [Int])? {
        lock.withLock {
            if submissions.isEmpty, cancellations.isEmpty, transport.isIdle {
                threadRunning = false
                return nil
            }
            defer { submissions.removeAll(); cancellations.removeAll() }
            return (submissions, cancellations)
        }
    }
}
