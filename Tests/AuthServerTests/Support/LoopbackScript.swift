import Foundation

/// A small Python server on a loopback port for a test to talk to: the script prints its port on
/// the first line, then what it recorded; it is stopped when the value is released.
final class LoopbackScript {
    let port: Int
    private let process: Process
    private let output: FileHandle

    /// Runs `script` with `arguments` under `python` (`python3` on the PATH, or a given one).
    init(_ script: String, arguments: [String] = [], python: String = "python3", name: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: python.hasPrefix("/") ? python : "/usr/bin/env")
        process.arguments = (python.hasPrefix("/") ? [] : [python]) + ["-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        output = pipe.fileHandleForReading
        try process.run()
        guard let port = Self.line(from: output).flatMap({ Int($0) }) else {
            process.terminate()
            throw ExternalCommand.Failure(description: "\(name) did not start")
        }
        self.port = port
    }

    /// The next line the script prints; nil once it has ended.
    func line() -> String? {
        Self.line(from: output)
    }

    /// Everything the script prints until it ends.
    func remainingOutput() -> Data {
        let data = output.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// One line, read byte by byte so that nothing after it is taken from the pipe.
    private static func line(from handle: FileHandle) -> String? {
        var bytes: [UInt8] = []
        while let byte = try? handle.read(upToCount: 1)?.first {
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }
}
