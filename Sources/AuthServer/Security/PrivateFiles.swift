import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files only the server's own user may read: folders 0700, files 0600, written atomically.
enum PrivateFiles {
    /// Creates `path` and any missing parents with mode 0700; folders that already exist are left as they are.
    /// An empty path is the current folder.
    static func makeFolder(_ path: String) throws {
        guard !path.isEmpty else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw PrivateFileError(path: path, reason: "exists and is not a folder") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if parent != path {
            try makeFolder(parent)
        }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw PrivateFileError(path: path, errno: errno)
        }
    }

    /// Writes `contents` to the new file `path` (mode 0600) in one step: a temporary file in the same
    /// folder is written and flushed, then linked into place. Throws `PrivateFileError.exists` when
    /// `path` already exists, so two writers never replace each other's file.
    static func create(_ path: String, contents: [UInt8]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.tmp-" + SecureRandom.token(byteCount: 16)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw PrivateFileError(path: temporary, errno: errno) }
        defer { unlink(temporary) }
        do {
            defer { close(descriptor) }
            try writeAll(contents, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw PrivateFileError(path: temporary, errno: errno) }
        }
        guard link(temporary, path) == 0 else {
            throw errno == EEXIST ? PrivateFileError.exists(path) : PrivateFileError(path: path, errno: errno)
        }
    }

    /// The permission bits of `path`.
    static func mode(of path: String) throws -> mode_t {
        var status = stat()
        guard stat(path, &status) == 0 else { throw PrivateFileError(path: path, errno: errno) }
        return status.st_mode & 0o7777
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw PrivateFileError(path: path, errno: errno)
                }
                offset += written
            }
        }
    }
}

/// A private file or folder could not be made.
struct PrivateFileError: Error, Equatable, CustomStringConvertible {
    let path: String
    let reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    static func exists(_ path: String) -> PrivateFileError {
        PrivateFileError(path: path, reason: "already exists")
    }

    var description: String { "\(path): \(reason)" }
}
