import FoundationEssentials
import Glibc

/// The temporary folders of local servers (`authterm-local-*`: a database, the secrets key, an
/// outbox of reset and SMS codes) whose owner was killed outright (SIGKILL, a crash) and could not
/// remove its own. Each folder names its owner process and its server process in files of their
/// own, so a later `authterm demo` can tell when the owner is gone.
enum LeftoverFolders {
    static let prefix = "authterm-local-"
    static let ownerFile = "owner"
    static let serverFile = "server"

    /// Records the process that owns `folder`, or (`file` = `serverFile`) the server run on it.
    static func record(_ process: ProcessIdentity, as file: String, in folder: URL) throws {
        try Data(process.record.utf8).write(to: folder.appendingPathComponent(file), options: .atomic)
    }

    /// Removes the folders in `parent` that this user owns and whose owner process is gone,
    /// stopping their server first if it still runs. Folders of other users, of running owners
    /// and those without an owner on record are left alone.
    static func remove(in parent: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let folder = parent.appendingPathComponent(name)
            guard isOwnFolder(folder), let owner = recorded(ownerFile, in: folder), !owner.isRunning else { continue }
            if let server = recorded(serverFile, in: folder), server.isRunning { stop(server) }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// A real folder (not a link) of this user.
    private static func isOwnFolder(_ folder: URL) -> Bool {
        var status = stat()
        return lstat(folder.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR && status.st_uid == getuid()
    }

    private static func recorded(_ file: String, in folder: URL) -> ProcessIdentity? {
        (try? String(contentsOfFile: folder.appendingPathComponent(file).path, encoding: .utf8)).flatMap(ProcessIdentity.init(record:))
    }

    /// SIGTERM, then SIGKILL after 5 seconds; waits until it is gone (it is not our child: its new
    /// parent collects it).
    private static func stop(_ server: ProcessIdentity) {
        kill(server.pid, SIGTERM)
        let deadline = ContinuousClock.now + .seconds(5)
        while server.isRunning && ContinuousClock.now < deadline { usleep(20_000) }
        if server.isRunning { kill(server.pid, SIGKILL) }
        while server.isRunning && ContinuousClock.now < deadline + .seconds(5) { usleep(20_000) }
    }
}
