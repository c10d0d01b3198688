import Foundation

/// A new empty folder under the system's temporary folder, removed when the value is released.
final class ScratchFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "/authterm-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func permissions(of relativePath: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "/" + relativePath)
        return (attributes[.posixPermissions] as? Int) ?? -1
    }
}
