@preconcurrency import CCurl
import CCurlShims

/// Runs HTTP requests over libcurl without threads: easy handles driven by one multi handle.
///
/// The app's single-threaded event loop calls `wait(timeout:extraFileDescriptors:)` with the
/// terminal's descriptors (the keyboard, the window's wake-up), so it sleeps on them and on curl's
/// sockets together.
/// Not thread-safe: use one transport from one thread at a time (only `wakeUp()` may be called
/// from elsewhere).
public final class HTTPTransport {
    public let configuration: TransportConfiguration
    private let curl: Curl
    private let multi: UnsafeMutableRawPointer
    private var inFlight: [RequestID: CurlRequest] = [:]
    private var cancelled: [TransportCompletion] = []
    private var lastID = 0

    public init(configuration: TransportConfiguration = TransportConfiguration()) throws(ClientError) {
        curl = try Curl.library()
        guard let multi = curl.multiInit() else {
            throw .transport(code: Int(CURLE_FAILED_INIT.rawValue), message: "libcurl could not start")
        }
        self.configuration = configuration
        self.multi = multi
    }

    deinit {
        for request in inFlight.values {
            _ = curl.multiRemoveHandle(multi, request.easy)
        }
        inFlight.removeAll()
        _ = curl.multiCleanup(multi)
    }

    /// Whether any request has not yet been reported by `wait`.
    public var isIdle: Bool {
        inFlight.isEmpty && cancelled.isEmpty
    }

    /// Starts `request`; it ends in a later `wait`. Throws at once, before any traffic, when the
    /// connection policy refuses the URL or the request cannot be set up.
    public func start(_ request: HTTPRequest) throws(ClientError) -> RequestID {
        let destination = try configuration.policy.check(request.url)
        let curlRequest = try CurlRequest(request, to: destination, configuration: configuration, curl: curl)
        let added = curl.multiAddHandle(multi, curlRequest.easy)
        guard added == CURLM_OK else {
            throw .transport(code: Int(added.rawValue), message: curl.multiStrerror(added).map { String(cString: $0) } ?? "")
        }
        lastID += 1
        let id = RequestID(value: lastID)
        inFlight[id] = curlRequest
        return id
    }

    /// Stops a request at once; the next `wait` reports it as `.cancelled`. Unknown or finished ids are ignored.
    public func cancel(_ id: RequestID) {
        guard let request = inFlight.removeValue(forKey: id) else { return }
        _ = curl.multiRemoveHandle(multi, request.easy)
        cancelled.append(TransportCompletion(id: id, result: .failure(.cancelled)))
    }

    /// Does the network work that is due, sleeping up to `timeout` until something happens on
    /// curl's sockets or on one of `extraFileDescriptors`, and returns the requests that ended.
    public func wait(timeout: Duration, extraFileDescriptors: [Int32] = []) -> TransportEvents {
        var events = TransportEvents()
        perform()
        events.completions = takeCompletions()
        let sleepMilliseconds = events.completions.isEmpty ? Int32(clamping: timeout.roundedUpMilliseconds) : 0
        events.extraFileDescriptorReady = poll(milliseconds: sleepMilliseconds, extraFileDescriptors: extraFileDescriptors)
        perform()
        events.completions += takeCompletions()
        return events
    }

    /// Makes a `wait` in progress (or the next one) return early. Safe from any thread.
    public func wakeUp() {
        _ = curl.multiWakeup(multi)
    }

    // MARK: Driving curl

    private func perform() {
        var running: Int32 = 0
        _ = curl.multiPerform(multi, &running)
    }

    /// Sleeps on curl's sockets and the extra descriptors; true when one of those is readable.
    private func poll(milliseconds: Int32, extraFileDescriptors: [Int32]) -> Bool {
        var ready: Int32 = 0
        var waitFDs = extraFileDescriptors.map { curl_waitfd(fd: $0, events: Int16(CURL_WAIT_POLLIN), revents: 0) }
        _ = curl.multiPoll(multi, &waitFDs, UInt32(waitFDs.count), milliseconds, &ready)
        return waitFDs.contains { $0.revents & Int16(CURL_WAIT_POLLIN) != 0 }
    }

    /// Removes finished transfers from the multi handle, with the cancellations since the last call.
    private func takeCompletions() -> [TransportCompletion] {
        var completions = cancelled
        cancelled.removeAll()
        var queued: Int32 = 0
        while let message = curl.multiInfoRead(multi, &queued) {
            guard message.pointee.msg == CURLMSG_DONE,
                  let (id, request) = inFlight.first(where: { $0.value.easy == message.pointee.easy_handle }) else {
                continue
            }
            let code = message.pointee.data.result
            _ = curl.multiRemoveHandle(multi, request.easy)
            inFlight.removeValue(forKey: id)
            completions.append(TransportCompletion(id: id, result: request.outcome(code)))
        }
        return completions
    }
}
