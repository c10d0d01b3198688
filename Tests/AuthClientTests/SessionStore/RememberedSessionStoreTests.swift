import AuthModel
import Foundation
import Testing

@testable import AuthClient

@Suite struct RememberedSessionStoreTests {
    static let server = "https://auth.example.com:8443"
    static let session = RememberedSession(
        serverUrl: server, rememberToken: "remember-me", expiresAt: Date(timeIntervalSince1970: 1_900_000_000))

    /// A store in a fresh temporary folder (its `authterm` subfolder does not exist yet).
    func withStore(_ body: (RememberedSessionStore) throws -> Void) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try body(RememberedSessionStore(directory: folder.path + "/state/authterm"))
    }

    func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func xdgStateHomeOrTheDefault() {
        #expect(RememberedSessionStore(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/ada"]).directory
            == "/x/state/authterm")
        #expect(RememberedSessionStore(environment: ["HOME": "/home/ada"]).directory
            == "/home/ada/.local/state/authterm")
        #expect(RememberedSessionStore(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/ada"]).directory
            == "/home/ada/.local/state/authterm")
    }

    @Test func fileNamePerServerIsSafeAndReadable() {
        let store = RememberedSessionStore(directory: "/s")
        let name = (store.path(forServer: Self.server) as NSString).lastPathComponent
        #expect(name.hasPrefix("auth.example.com-") && name.hasSuffix(".json"))
        #expect(store.path(forServer: Self.server) == store.path(forServer: "HTTPS://auth.example.com:8443/"))
        #expect(store.path(forServer: Self.server) != store.path(forServer: "https://auth.example.com"))
        let hostile = (store.path(forServer: "http://../../etc/passwd") as NSString).lastPathComponent
        #expect(!hostile.contains("/") && !hostile.hasPrefix("."))
    }

    /// The file name's host is read without libcurl (starting does not load it), yet as libcurl
    /// reads it: files remembered before keep their names.
    @Test(arguments: [
        "https://auth.example.com:8443/", "https://auth.example.com", "http://127.0.0.1:4000/v1",
        "https://ada:secret@auth.example.com/", "https://[::1]:8443/", "https://AUTH.example.com/?x#y",
        "http://../../etc/passwd",
    ])
    func theFileNameReadsTheHostAsLibcurlDoes(url: String) throws {
        #expect(SessionFileName.host(of: url) == (try CurlURL.parse(url))?.host)
    }

    @Test func noFileMeansNone() throws {
        try withStore { store in #expect(store.read(server: Self.server) == .none) }
    }

    @Test func savedSessionReadsBackWithPrivatePermissions() throws {
        try withStore { store in
            try store.save(Self.session)
            #expect(store.read(server: Self.server) == .found(Self.session))
            #expect(store.read(server: "https://other.example.com") == .none)
            #expect(try mode(store.directory) == 0o700)
            #expect(try mode(store.path(forServer: Self.server)) == 0o600)
        }
    }

    @Test func tooOpenFolderIsTightenedOnSave() throws {
        try withStore { store in
            try FileManager.default.createDirectory(
                atPath: store.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            try store.save(Self.session)
            #expect(try mode(store.directory) == 0o700)
        }
    }

    @Test func saveReplacesAtomicallyWithoutLeftovers() throws {
        try withStore { store in
            try store.save(Self.session)
            let path = store.path(forServer: Self.server)
            var inodeBefore = stat()
            stat(path, &inodeBefore)
            var rotated = Self.session
            rotated.rememberToken = "rotated"
            try store.save(rotated)
            var inodeAfter = stat()
            stat(path, &inodeAfter)
            #expect(inodeBefore.st_ino != inodeAfter.st_ino, "a new file renamed over the old one")
            #expect(store.read(server: Self.server) == .found(rotated))
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory)
                == [(path as NSString).lastPathComponent])
        }
    }

    @Test func deleteForgetsAndToleratesNothingToForget() throws {
        try withStore { store in
            try store.save(Self.session)
            try store.delete(server: Self.server)
            #expect(store.read(server: Self.server) == .none)
            try store.delete(server: Self.server)
        }
    }

    @Test func corruptFilesAreReportedNotTrusted() throws {
        try withStore { store in
            try store.save(Self.session)
            let path = store.path(forServer: Self.server)
            let contents = ["", "{", "null", #"{"server_url": 3}"#, String(repeating: "x", count: 100_000),
                            #"{"server_url":"https://evil.example.com","remember_token":"t","expires_at":"2030-01-01T00:00:00Z"}"#]
            for text in contents {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                chmod(path, 0o600)
                guard case .corrupt = store.read(server: Self.server) else {
                    Issue.record("\(text.prefix(40)) was not reported as corrupt")
                    continue
                }
            }
            try store.save(Self.session)
            #expect(store.read(server: Self.server) == .found(Self.session))
        }
    }

    @Test func fileOthersCanReadIsIgnored() throws {
        try withStore { store in
            try store.save(Self.session)
            let path = store.path(forServer: Self.server)
            for mode: mode_t in [0o644, 0o640, 0o604] {
                chmod(path, mode)
                #expect(store.read(server: Self.server) == .unsafe(
                    reason: "other users may read it (mode \(String(mode, radix: 8)))"))
            }
        }
    }

    @Test func symbolicLinkIsIgnored() throws {
        try withStore { store in
            try store.save(Self.session)
            let path = store.path(forServer: Self.server)
            try FileManager.default.moveItem(atPath: path, toPath: path + ".real")
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path + ".real")
            #expect(store.read(server: Self.server) == .unsafe(reason: "it is a symbolic link"))
        }
    }

    @Test func foreignOwnedFileIsIgnored() throws {
        try withStore { store in
            try store.save(Self.session)
            let otherUser = RememberedSessionStore(directory: store.directory, owner: geteuid() &+ 1)
            #expect(otherUser.read(server: Self.server) == .unsafe(reason: "it belongs to another user"))
            #expect(throws: SessionStoreError.self) { try otherUser.save(Self.session) }
        }
    }

    @Test func expiry() {
        #expect(Self.session.isExpired(at: Date(timeIntervalSince1970: 1_900_000_000)))
        #expect(!Self.session.isExpired(at: Date(timeIntervalSince1970: 1_899_999_999)))
    }
}
