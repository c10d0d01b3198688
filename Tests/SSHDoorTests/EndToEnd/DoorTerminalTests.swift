import Foundation
import Glibc
import TestSupport
import Testing

@testable import SSHDoor

extension DoorEndToEnd {
    /// The session's terminal: its size follows the client's window, its child has nothing of the
    /// door's, and it ends with its SSH connection.
    @Suite struct DoorTerminalTests {
        /// The column at which the sign-in box starts: it is centred, so it moves with the width.
        static func signInColumn(_ screen: String) -> Int? {
            screen.split(separator: "\n").first { $0.contains("╭─ Sign in") }
                .map { $0.prefix { $0 == " " }.count }
        }

        @Test func resizingTheWindowResizesTheApp() throws {
            let world = try DoorWorld()
            let terminal = try world.terminal(width: 100, height: 40)
            let narrow = try terminal.waitFor("E-mail address")
            #expect(Self.signInColumn(narrow) == 18)

            try terminal.resize(width: 140, height: 40)
            let wide = try terminal.waitForScreen { Self.signInColumn($0) == 38 }
            #expect(wide.contains("E-mail address"))

            try terminal.resize(width: 50, height: 15)
            let small = try terminal.waitFor("Enlarge the window to at least 60 x 20")
            #expect(small.contains("(now 50 x"), "the app knows the new size: \(small)")

            try terminal.resize(width: 100, height: 40)
            try terminal.waitForScreen { Self.signInColumn($0) == 18 }
        }

        /// What the child runs with, seen from /proc: its own session and terminal, TERM from the
        /// pty request, the client's LANG (C.utf8: this host has it, under that name), a private home
        /// removed at the end, and as root's door, nobody's user id.
        @Test func theChildHasOnlyItsTerminalItsEnvironmentAndAPrivateHome() throws {
            let world = try DoorWorld()
            let terminal = try world.terminal(language: "C.utf8")
            try terminal.waitFor("E-mail address")
            let child = try #require(try world.door.waitForChildren(1).first)

            let variables = try environment(of: child)
            #expect(Set(variables.keys) == ["TERM", "LANG", "HOME"], "\(variables)")
            #expect(variables["LANG"] == "C.utf8", "the client's own")
            #expect(variables["TERM"]?.isEmpty == false)
            let home = try #require(variables["HOME"])
            let attributes = try FileManager.default.attributesOfItem(atPath: home)
            #expect(attributes[.posixPermissions] as? Int == 0o700)

            let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(child)/fd")
            let terminalPath = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/fd/0")
            #expect(terminalPath.hasPrefix("/dev/pts/"))
            for descriptor in ["1", "2"] {
                #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/fd/\(descriptor)") == terminalPath)
            }
            for descriptor in descriptors.compactMap(Int.init) where descriptor > 2 {
                let target = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/fd/\(descriptor)")
                #expect(!target.hasPrefix("/tmp/authterm-ssh-test-"), "the door's log leaked into the child")
            }

            if Privileges.isRoot {
                let nobody = try #require(getpwnam("nobody")).pointee.pw_uid
                for process in [child, world.door.pid] {
                    let status = try String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8)
                    #expect(status.contains("\nUid:\t\(nobody)\t\(nobody)\t\(nobody)\t\(nobody)\n"), "process \(process) runs as nobody")
                }
                #expect(attributes[.ownerAccountID] as? UInt32 == nobody)
            }

            try terminal.keys("C-c")
            _ = try terminal.terminalModesAfterExit()
            #expect(eventually { !FileManager.default.fileExists(atPath: home) }, "the private home is removed")
        }

        @Test func aLanguageThisHostLacksFallsBackToCUTF8() throws {
            let world = try DoorWorld()
            let terminal = try world.terminal(language: "xx_YY.UTF-8")
            try terminal.waitFor("E-mail address")
            let child = try #require(try world.door.waitForChildren(1).first)
            #expect(try environment(of: child)["LANG"] == "C.UTF-8")
        }

        @Test func killingTheSSHClientHangsUpAndReapsTheChild() throws {
            let world = try DoorWorld()
            let terminal = try world.terminal()
            try terminal.waitFor("E-mail address")
            let child = try #require(try world.door.waitForChildren(1).first)
            let home = try #require(try environment(of: child)["HOME"])

            try terminal.signalChild(SIGKILL)
            #expect(eventually { !processExists(child) }, "authterm \(child) got SIGHUP and was reaped")
            #expect(world.door.children().isEmpty)
            #expect(eventually { !FileManager.default.fileExists(atPath: home) })
            let log = try world.door.waitForLog { $0.contains("session of authterm process \(child) ended") }
            let line = log.split(separator: "\n").first { $0.contains("session of authterm process \(child) ended") }
            #expect(line?.hasSuffix(", signal 1") == true, "ended by SIGHUP: \(line ?? "")")
        }

        /// As systemd stops it: each session is hung up, its app restores the terminal, and its user
        /// is told why.
        @Test func stoppingTheDoorEndsItsSessionsWithANotice() throws {
            let world = try DoorWorld()
            let terminal = try world.terminal()
            try terminal.waitFor("E-mail address")
            let child = try #require(try world.door.waitForChildren(1).first)
            let home = try #require(try environment(of: child)["HOME"])
            world.door.stop()
            #expect(!processExists(child))
            #expect(!FileManager.default.fileExists(atPath: home))
            let screen = try terminal.waitFor("MODES-END")
            #expect(screen.contains("authterm-ssh: The door was stopped. Try again in a few minutes."))
            #expect(!screen.contains("E-mail address"), "the app left the screen as it found it")
            let (status, _) = try terminal.terminalModesAfterExit()
            #expect(status == "255", "ssh reports the end by SIGHUP")
        }

        /// The client gone first, its session still ending (a client that takes a second over its
        /// hang-up), then the door stopped at once: the door waits for the session's end, so
        /// nothing is left behind.
        @Test func stoppingRightAfterAClientLeftLeavesNothingBehind() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slow-client-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let client = folder.appendingPathComponent("slow-to-hang-up")
            try "#!/bin/sh\ntrap 'sleep 1; exit 0' HUP\necho READY\nwhile :; do sleep 0.1; done\n"
                .write(to: client, atomically: true, encoding: .utf8)
            chmod(client.path, 0o755)

            let world = try DoorWorld(client: client)
            let terminal = try world.terminal()
            try terminal.waitFor("READY")
            let child = try #require(try world.door.waitForChildren(1).first)
            let home = try #require(try environment(of: child)["HOME"])
            try terminal.signalChild(SIGKILL)
            try world.door.waitForLog { $0.contains("disconnected") }
            world.door.stop()
            #expect(!FileManager.default.fileExists(atPath: home), "the home of a session that ended after its client")
            try world.door.waitForLog { $0.contains("session of authterm process \(child) ended") }
        }

        @Test func anIdleSessionEndsWithANotice() throws {
            let world = try DoorWorld(doorArguments: ["--idle-timeout", "2"])
            let terminal = try world.terminal()
            try terminal.waitFor("E-mail address")
            let child = try #require(try world.door.waitForChildren(1).first)
            let screen = try terminal.waitFor("authterm-ssh: The session ended after 2 seconds without a key press.")
            #expect(screen.contains("EXIT="))
            #expect(!processExists(child))
        }

        @Test func aSessionEndsAtTheLengthLimitEvenWhileTyping() throws {
            let world = try DoorWorld(doorArguments: ["--max-session-length", "3", "--idle-timeout", "2"])
            let terminal = try world.terminal()
            try terminal.waitFor("E-mail address")
            // Keys every half second keep the idle limit away; the length limit ends it all the same.
            var typed = 0
            while try !terminal.screen().contains("authterm-ssh: "), typed < 40 {
                try terminal.type("a")
                typed += 1
                usleep(500_000)
            }
            try terminal.waitFor("authterm-ssh: The session ended: sessions through this door last at most 3 seconds.")
        }
    }
}
