import Foundation

/// An SMS gateway on a loopback port (a small Python script) that takes one request, answers it
/// with `status` and `body` (after `delay` seconds), and records it as the gateway saw it.
/// One test uses it at a time: it is handed to the server's closures only to read the request.
final class GatewayDouble: @unchecked Sendable {
    /// One request as it arrived.
    struct Request: Decodable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: String

        /// A header by its name, whatever its case.
        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }

        /// The fields of a form body (`application/x-www-form-urlencoded`).
        var form: [String: String] {
            var fields: [String: String] = [:]
            for pair in body.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map {
                    String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
                }
                fields[parts[0]] = parts.count > 1 ? parts[1] : ""
            }
            return fields
        }
    }

    private let server: LoopbackScript
    var port: Int { server.port }
    var url: String { "http://127.0.0.1:\(port)" }

    init(status: Int = 200, body: String = "{}", delay: Double = 0) throws {
        server = try LoopbackScript(Self.script, arguments: [String(status), body, String(delay)], name: "the gateway double")
    }

    /// Waits for the one request and returns it.
    func request() throws -> Request {
        try JSONDecoder().decode(Request.self, from: server.remainingOutput())
    }

    private static let script = """
        import http.server, json, sys, time
        status, answer, delay = int(sys.argv[1]), sys.argv[2].encode(), float(sys.argv[3])
        class Gateway(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length).decode()
                print(json.dumps({"method": "POST", "path": self.path, "headers": dict(self.headers.items()),
                                  "body": body}), flush=True)
                time.sleep(delay)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
            def log_message(self, *args):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Gateway)
        server.timeout = 60
        print(server.server_address[1], flush=True)
        server.handle_request()
        """
}
