import Glibc
import Synchronization

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

    /// What callers and the thread share.
    private struct Queues {
        var submissions: [Submission] = []
        var cancellations: [Int] = []
        var threadRunning = false
        var lastTicket = 0
    }

    private let transport: HTTPTransport
    private let queues = Mutex(Queues())
    // Touched only by the worker thread.
    private var started: [RequestID: (ticket: Int, reply: Reply)] = [:]

    init(transport: HTTPTransport) {
        self.transport = transport
    }

    /// Sends `request` and waits for its end; cancelling the task cancels the request.
    func perform(_ request: HTTPRequest) async -> Result<HTTPResponse, ClientError> {
        let ticket = queues.withLock { $0.lastTicket += 1; return $0.lastTicket }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (reply: Reply) in
                submit(Submission(ticket: ticket, request: request, reply: reply))
            }
        } onCancel: {
            cancel(ticket)
        }
    }

    private func submit(_ submission: Submission) {
        let startThread: Bool = queues.withLock { queues in
            if Task.isCancelled {
                submission.reply.resume(returning: .failure(.cancelled))
                return false
            }
            queues.submissions.append(submission)
            defer { queues.threadRunning = true }
            return !queues.threadRunning
        }
        if startThread {
            startThreadRunning()
        } else {
            transport.wakeUp()
        }
    }

    /// A detached thread for `run`, holding on to the worker until it ends.
    private func startThreadRunning() {
        var thread = pthread_t()
        let worker = Unmanaged.passRetained(self).toOpaque()
        let created = pthread_create(&thread, nil, { context in
            let worker = Unmanaged<TransportWorker>.fromOpaque(context!).takeRetainedValue()
            worker.run()
            return nil
        }, worker)
        precondition(created == 0, "no thread for the HTTP transport: \(String(cString: strerror(created)))")
        pthread_detach(thread)
    }

    private func cancel(_ ticket: Int) {
        let waiting: Submission? = queues.withLock { queues in
            if let index = queues.submissions.firstIndex(where: { $0.ticket == ticket }) {
                return queues.submissions.remove(at: index)
            }
            queues.cancellations.append(ticket)
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
        queues.withLock { queues in
            if queues.submissions.isEmpty, queues.cancellations.isEmpty, transport.isIdle {
                queues.threadRunning = false
                return nil
            }
            defer { queues.submissions.removeAll(); queues.cancellations.removeAll() }
            return (queues.submissions, queues.cancellations)
        }
    }
}
