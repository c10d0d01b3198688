import Foundation
import Glibc
import Testing

@testable import AuthTermDemo

/// What a demo killed outright (SIGKILL) leaves behind is removed by the next one, once its owner
/// is gone; nothing of a demo that still runs is touched.
@Suite struct LeftoverFoldersTests {
    /// A folder as a local server leaves it: its data, its owner and its server on record.
    static func folder(in parent: URL, owner: String, server: String? = nil) throws -> URL {
        let folder = parent.appendingPathComponent(LeftoverFolders.prefix + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "secret".write(to: folder.appendingPathComponent("secrets.key"), atomically: true, encoding: .utf8)
        try owner.write(to: folder.appendingPathComponent(LeftoverFolders.ownerFile), atomically: true, encoding: .utf8)
        if let server {
            try server.write(to: folder.appendingPathComponent(LeftoverFolders.serverFile), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func removesTheFoldersOfGoneOwnersAndStopsTheirServers() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("leftovers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let me = try #require(ProcessIdentity.current)
        // A process that ended: this one's id with another start time, as after the id was reused.
        let gone = ProcessIdentity(record: "\(me.pid) \(me.startTime + 1)")!.record
        let server = try ChildProcess("/bin/sleep", ["60"], environment: [:])
        defer { server.stop(grace: .zero) }
        let serverIdentity = try #require(ProcessIdentity(pid: server.pid))

        let killedDemo = try Self.folder(in: parent, owner: gone, server: serverIdentity.record)
        let runningDemo = try Self.folder(in: parent, owner: me.record)
        let withoutOwner = parent.appendingPathComponent(LeftoverFolders.prefix + "starting")
        try FileManager.default.createDirectory(at: withoutOwner, withIntermediateDirectories: true)
        let other = parent.appendingPathComponent("unrelated")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)

        LeftoverFolders.remove(in: parent)
        #expect(!FileManager.default.fileExists(atPath: killedDemo.path))
        #expect(!server.isRunning, "the server of the killed demo is stopped")
        for kept in [runningDemo, withoutOwner, other] {
            #expect(FileManager.default.fileExists(atPath: kept.path), "\(kept.lastPathComponent) is kept")
        }
    }

    @Test func readsIdentitiesAsTheyAreRecorded() throws {
        let me = try #require(ProcessIdentity.current)
        #expect(ProcessIdentity(record: me.record) == me)
        #expect(me.isRunning)
        for bad in ["", "12", "x 5", "-3 5", "1 2 3"] { #expect(ProcessIdentity(record: bad) == nil) }
    }
}
