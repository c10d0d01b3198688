import Foundation
import TestSupport
import Testing

extension DoorEndToEnd {
    /// The host key as an operator meets it: made on the first start, its fingerprint printed for
    /// publishing, kept and reused, refused when others may read it.
    @Suite struct DoorHostKeyTests {
        /// The fingerprint the door printed at its start.
        static func printedFingerprint(_ door: BackgroundProgram) throws -> String {
            let match = try #require(door.output().firstMatch(of: /ED25519 (SHA256:[A-Za-z0-9+\/]+)/))
            return String(match.1)
        }

        @Test func theKeyIsCreatedPrivateOnceAndReusedOnRestart() throws {
            let world = try DoorWorld()
            #expect(world.door.output().contains("(created)"))
            let attributes = try FileManager.default.attributesOfItem(atPath: world.hostKey)
            #expect(attributes[.posixPermissions] as? Int == 0o600)
            let fingerprint = try Self.printedFingerprint(world.door)

            // What ssh saw and recorded is the key whose fingerprint was printed.
            _ = try world.runSSH(command: ["ls"])
            let sshKeygen = try MissingTool.require("ssh-keygen", package: "openssh-client")
            let known = try Command.run(sshKeygen, ["-l", "-f", world.folder.appendingPathComponent("known_hosts").path])
            #expect(known.output.contains(fingerprint), "\(known.output)")

            world.door.stop()
            let again = try world.startDoor()
            #expect(!again.output().contains("(created)"))
            #expect(try Self.printedFingerprint(again) == fingerprint)
            let (output, status) = try world.runSSH(["-o", "StrictHostKeyChecking=yes"], command: ["ls"])
            #expect(status == 1, "the known host key still matches: \(output)")
            #expect(!output.contains("IDENTIFICATION HAS CHANGED"))
        }

        @Test func aKeyOthersMayReadStopsTheDoorWithTheFix() throws {
            let world = try DoorWorld()
            world.door.stop()
            chmod(world.hostKey, 0o640)
            let failure = try #require(throws: Command.Failed.self) { try world.startDoor() }
            #expect(failure.description.contains("exit status 1"))
            #expect(failure.description.contains("chmod 600 \(world.hostKey)"), "\(failure)")
        }
    }
}
