import FoundationEssentials
import Glibc

/// POSIX file operations for files only their owner may read: 0600 files in 0700 folders,
/// atomic replacement, and reads that refuse files someone else could have planted or read.
enum PrivateFile {
    enum ReadResult: Equatable {
        case missing
        case contents(Data)
        case unsafe(reason: String)
    }

    /// Creates `path` and missing parents with mode 0700, or tightens an existing folder of `owner` to 0700.
    static func ensureDirectory(_ path: String, owner: uid_t) throws(SessionStoreError) {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SessionStoreError(path: path, reason: "the folder could not be created")
        }
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw SessionStoreError(path: path, reason: "it is not a folder")
        }
        guard status.st_uid == owner else {
            throw SessionStoreError(path: path, reason: "the folder belongs to another user")
        }
        if status.st_mode & 0o077 != 0, chmod(path, 0o700) != 0 {
            throw failure(path, "the folder's permissions could not be restricted")
        }
    }

    /// Replaces `path` with `data` so readers see the old or the new file, never a partial one:
    /// a 0600 temporary file in the same folder, flushed, then renamed over `path`.
    static func writeAtomically(_ data: Data, to path: String) throws(SessionStoreError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = "\(folder)/.\(url.lastPathComponent).\(UInt64.random(in: 0 ... .max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(temporary, "the temporary file could not be created") }
        let written = fchmod(fd, 0o600) == 0 && writeAll(data, to: fd) && fsync(fd) == 0
        let closed = close(fd) == 0
        guard written, closed, rename(temporary, path) == 0 else {
            let error = failure(path, "the file could not be written")
            unlink(temporary)
            throw error
        }
        syncDirectory(folder)
    }

    /// Reads `path` if it is a regular file owned by `owner` and closed to everyone else.
    static func read(_ path: String, owner: uid_t, limit: Int) -> ReadResult {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: return .missing
            case ELOOP: return .unsafe(reason: "it is a symbolic link")
            default: return .unsafe(reason: "it cannot be read (\(String(cString: strerror(errno))))")
            }
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return .unsafe(reason: "it is not a regular file")
        }
        guard status.st_uid == owner else { return .unsafe(reason: "it belongs to another user") }
        guard status.st_mode & 0o077 == 0 else {
            return .unsafe(reason: "other users may read it (mode \(String(status.st_mode & 0o777, radix: 8)))")
        }
        return .contents(readAll(fd, limit: limit))
    }

    /// Removes `path`; a missing file is not an error.
    static func delete(_ path: String) throws(SessionStoreError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure(path, "the file could not be deleted") }
    }

    // MARK: Helpers

    private static func writeAll(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }

    private static func readAll(_ fd: Int32, limit: Int) -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while data.count <= limit {
            let count = Glibc.read(fd, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            data.append(contentsOf: chunk[..<count])
        }
        return data
    }

    /// Makes the rename itself durable.
    private static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func failure(_ path: String, _ what: String) -> SessionStoreError {
        SessionStoreError(path: path, reason: "\(what) (\(String(cString: strerror(errno))))")
    }
}
