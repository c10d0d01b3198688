import Foundation
import Glibc

/// The misbehaving HTTP(S) responder of `Fixtures/responder.py`, on a free loopback port, for one test.
final class Responder {
    enum Mode: String {
        case echo, health, malformed, huge, slow, error500, wrongType = "wrong-type", rateLimited = "rate-limited", reset
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/responder.py").path

    let port: Int
    private let process: Process

    /// Starts the responder; `tls` is a certificate and key file to serve https with.
    init(_ mode: Mode, tls: (certificate: String, key: String)? = nil) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script, mode.rawValue] + (tls.map { ["--tls", $0.certificate, $0.key] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = Self.firstLine(of: output.fileHandleForReading)
        guard let port = Int(line) else {
            kill(process.processIdentifier, SIGKILL)
            throw ResponderError.noPort(line)
        }
        self.port = port
    }

    /// SIGKILL: the test runner may leave SIGTERM blocked, and children inherit the mask.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var url: String { "http://127.0.0.1:\(port)" }
    var httpsURL: String { "https://127.0.0.1:\(port)" }

    private static func firstLine(of handle: FileHandle) -> String {
        var data = Data()
        while !data.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            guard !chunk.isEmpty else { break }
            data.append(chunk)
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

enum ResponderError: Error {
    case noPort(String)
}
