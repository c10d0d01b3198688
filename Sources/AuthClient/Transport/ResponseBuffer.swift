import FoundationEssentials

/// Collects one answer's head and body as libcurl delivers them, refusing to grow past a cap.
final class ResponseBuffer {
    let limit: Int
    private(set) var body = Data()
    private(set) var headers: [String: String] = [:]
    /// Set when the body passed `limit`; the transfer was stopped there.
    private(set) var exceededLimit = false

    init(limit: Int) {
        self.limit = limit
    }

    /// Appends body bytes; false (stop the transfer) when they would pass the cap.
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= limit else {
            exceededLimit = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
    }

    /// Takes one header line; a new status line starts a new head.
    func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        switch HeaderLine(String(decoding: bytes, as: UTF8.self)) {
        case .statusLine: headers = [:]
        case .field(let name, let value): headers[name] = value
        case .other: break
        }
    }
}

/// The C callbacks libcurl calls with data; `userdata` is an unretained `ResponseBuffer`.
enum ResponseBufferCallbacks {
    static let body: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        data, size, count, userdata in
        guard let userdata else { return 0 }
        let buffer = Unmanaged<ResponseBuffer>.fromOpaque(userdata).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
        return buffer.appendBody(bytes) ? size * count : 0
    }

    static let header: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        data, size, count, userdata in
        guard let userdata else { return 0 }
        let buffer = Unmanaged<ResponseBuffer>.fromOpaque(userdata).takeUnretainedValue()
        buffer.appendHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
        return size * count
    }
}
