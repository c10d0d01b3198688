import Foundation

/// A session's own home folder, mode 0700 in the temporary folder, removed when the session ends:
/// nothing a session leaves (a remembered sign-in, a config) outlives it on the door's host.
struct PrivateHome: Sendable {
    let path: String

    init() throws {
        let folder = FileManager.default.temporaryDirectory
        var template = Array(folder.appendingPathComponent("authterm-ssh-home-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw SystemFailure("cannot create a home folder in \(folder.path)")
        }
        path = String(cString: made)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
