import Foundation
import TestSupport
import Testing

@testable import SSHDoor

extension DoorEndToEnd {
    /// What the door does not do, said plainly on the client's side and logged with the address.
    @Suite struct DoorRefusalTests {
        @Test func sshNeverAsksForAPasswordAndAnyUserNameEnters() throws {
            let world = try DoorWorld()
            // BatchMode: a password prompt would fail the connection. Asking for password
            // authentication only changes nothing either: nothing is asked.
            let terminal = try world.terminal(options: ["-o", "PreferredAuthentications=password", "-l", "someone-else"])
            try terminal.waitFor("E-mail address")
            try world.door.waitForLog { $0.contains("entered as someone-else") }
        }

        @Test func aSecondSessionBeyondMaxSessionsIsRefusedWithAMessage() throws {
            let world = try DoorWorld(doorArguments: ["--max-sessions", "1"])
            let first = try world.terminal()
            try first.waitFor("E-mail address")
            let (output, status) = try world.runSSH(["-tt"])
            #expect(output.contains("authterm-ssh: The door is full (1 session at once). Try again in a few minutes."), "\(output)")
            #expect(status == 1)
            #expect(world.door.children().count == 1)
            try world.door.waitForLog { $0.contains("refused 127.0.0.1:") && $0.contains("The door is full") }
            // The first session goes on.
            try first.type(DoorWorld.email)
            try first.press("Enter", until: "Forgot Password?")
        }

        @Test(arguments: [
            (["-T"], [String](), SessionText.needsTerminal),
            ([], ["ls"], SessionText.onlyTheSignInScreen),
            (["-tt"], ["ls", "/"], SessionText.onlyTheSignInScreen),
            (["-s"], ["sftp"], SessionText.onlyTheSignInScreen),
        ])
        func whatIsNotTheSignInScreenIsRefused(_ options: [String], _ command: [String], _ message: String) throws {
            let world = try DoorWorld()
            let (output, status) = try world.runSSH(options, command: command)
            #expect(output.contains("authterm-ssh: " + message), "\(output)")
            #expect(status == 1)
            #expect(!world.door.output().contains("session started"), "no authterm was started")
        }

        @Test func portForwardingIsRefused() throws {
            let world = try DoorWorld()
            let local = try world.runSSH(["-W", "127.0.0.1:22"])
            #expect(local.output.contains("open failed"), "\(local.output)")
            #expect(local.status == 255)
            let remote = try world.runSSH(["-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:22"])
            #expect(remote.output.contains("remote port forwarding failed"), "\(remote.output)")
            #expect(remote.status == 255)
            let log = try world.door.waitForLog { $0.contains("refused 127.0.0.1:") && $0.contains("remote port forwarding") }
            #expect(log.contains(": port forwarding"))
        }

        @Test func tooManyConnectionsFromOneAddressAreTurnedAwayBeforeTheHandshake() throws {
            let world = try DoorWorld(doorArguments: ["--connections-per-minute", "2"])
            for _ in 1...2 {
                #expect(try world.runSSH(command: ["ls"]).status == 1)
            }
            let (output, status) = try world.runSSH(command: ["ls"])
            #expect(output.contains("Received disconnect from 127.0.0.1 port \(world.door.port):12: Too many connections from your address (2 a minute)."), "\(output)")
            #expect(status == 255)
            try world.door.waitForLog { $0.contains("refused 127.0.0.1:") && $0.contains("Too many connections") }
        }
    }
}
