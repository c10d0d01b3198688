import AuthClient
import AuthModel
import AuthTermDemo
import Foundation
import Testing
import TestSupport

/// `authterm-server` as an operator deploys it: over TLS with a certificate of the organization's
/// CA, its warnings at start, `/metrics` beside the API, and `check-config`.
@Suite struct DeploymentTests {
    /// A CA and a certificate it signed for 127.0.0.1 and localhost, made with openssl.
    struct Certificates {
        let ca: String, certificate: String, key: String

        init(in folder: String) throws {
            ca = folder + "/ca.pem"
            certificate = folder + "/server.pem"
            key = folder + "/server.key"
            let openssl = try MissingTool.require("openssl", package: "openssl")
            let extensions = folder + "/server.ext"
            try "subjectAltName=IP:127.0.0.1,DNS:localhost\n".write(toFile: extensions, atomically: true, encoding: .utf8)
            try Command.check(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                                        "-subj", "/CN=authterm test CA", "-keyout", folder + "/ca.key", "-out", ca])
            try Command.check(openssl, ["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                                        "-keyout", key, "-out", folder + "/server.csr"])
            try Command.check(openssl, ["x509", "-req", "-in", folder + "/server.csr", "-CA", ca, "-CAkey", folder + "/ca.key",
                                        "-CAcreateserial", "-days", "1", "-extfile", extensions, "-out", certificate])
        }
    }

    /// The built `authterm-server` with the data of a scratch folder: the database in `data`, the
    /// secrets key in `keyFolder` (its own unless told), no config file of the user's.
    struct ServerCommand {
        let scratch = try! ScratchFolder()
        let keyFolder: String
        var storage: [String] {
            ["--config", scratch.path + "/config.yaml", "--database", scratch.path + "/data/auth.sqlite",
             "--outbox", scratch.path + "/outbox", "--set", "secrets_key_file=\(scratch.path)/\(keyFolder)/secrets.key"]
        }

        init(config: String = "", keyFolder: String = "keys") throws {
            self.keyFolder = keyFolder
            for folder in ["data", "keys"] {
                try FileManager.default.createDirectory(atPath: scratch.path + "/" + folder, withIntermediateDirectories: true)
            }
            try config.write(toFile: scratch.path + "/config.yaml", atomically: true, encoding: .utf8)
        }

        func run(_ arguments: [String]) throws -> (output: String, status: Int32) {
            try Command.run(try BuiltProducts.debug("authterm-server").path, arguments + storage, mergingErrors: true)
        }
    }

    @Test func servesTLSToAClientThatTrustsTheCAAndCountsWhatItServed() async throws {
        let command = try ServerCommand()
        let certificates = try Certificates(in: command.scratch.path)
        let port = try FreePort.find(), metricsPort = try FreePort.find()
        let log = command.scratch.path + "/server.log"
        let server = Process()
        server.executableURL = try BuiltProducts.debug("authterm-server")
        server.arguments = ["serve", "--listen", "127.0.0.1:\(port)", "--tls-cert", certificates.certificate,
                            "--tls-key", certificates.key, "--metrics-listen", "127.0.0.1:\(metricsPort)"] + command.storage
        FileManager.default.createFile(atPath: log, contents: nil)
        server.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        server.environment = ["XDG_CONFIG_HOME": command.scratch.path, "PATH": "/usr/bin:/bin"]
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }

        let url = "https://127.0.0.1:\(port)"
        let trusting = try AuthClient(server: url, configuration: TransportConfiguration(
            policy: ConnectionPolicy(caCertificateFile: certificates.ca)))
        var ready = false
        for _ in 0..<100 where server.isRunning && !ready {
            ready = (try? await trusting.send(trusting.api.readiness())) != nil
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(ready, "the server did not answer over TLS: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
        #expect(try await trusting.send(trusting.api.getService()).methods == [.totp], "no SMS gateway: no phone numbers")

        let strict = try AuthClient(server: url)
        do {
            _ = try await strict.send(strict.api.health())
            Issue.record("a certificate of an unknown CA must be refused")
        } catch {
            guard case .tls = error else { Issue.record("expected a TLS error, got \(error)"); return }
        }

        let flow = try await trusting.send(trusting.api.startSignIn(email: "nobody@example.com")).flow
        _ = try? await trusting.send(trusting.api.submitPassword(flow: flow, password: "wrong-password-123", remember: false))

        let curl = try MissingTool.require("curl", package: "curl")
        let metrics = try Command.check(curl, ["-sf", "http://127.0.0.1:\(metricsPort)/metrics"])
        #expect(metrics.contains(#"authterm_http_requests_total{operation="getService",status="200"} 1"#))
        #expect(metrics.contains(#"authterm_sign_ins_total{outcome="invalid_credentials"} 1"#))
        #expect(metrics.contains("authterm_http_request_duration_seconds"))
        #expect(metrics.contains("authterm_hashing_queue_depth 0"))
        let (_, apiStatus) = try Command.run(curl, ["-sf", "--cacert", certificates.ca, url + "/metrics"])
        #expect(apiStatus != 0, "/metrics is not on the API's address")

        let warnings = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.contains { $0.contains("Mail goes to the outbox folder") })
        #expect(warnings.contains { $0.contains("No SMS gateway is set") })
        #expect(!warnings.contains { $0.contains("plain HTTP") }, "the API is served over TLS")
        #expect(!warnings.contains { $0.contains("secrets key") }, "the key is kept apart from the database")
    }

    /// Plain HTTP on an address others reach is refused unless a TLS proxy is said to be in front.
    @Test func plainHTTPBeyondLoopbackIsRefused() throws {
        let command = try ServerCommand()
        let (output, status) = try command.run(["check-config", "--set", "listen=0.0.0.0:8443"])
        #expect(status != 0)
        #expect(output.contains(#"--set: The setting "listen" is 0.0.0.0:8443, not a loopback address"#))
        #expect(try command.run(["check-config", "--set", "listen=0.0.0.0:8443", "--set", "allow_plain_http=true"]).status == 0)
    }

    @Test func checkConfigPrintsTheSettingsWithSecretsMaskedAndEveryWarning() throws {
        let command = try ServerCommand(config: """
            smtp_url: smtp://mailer:s3cret-pass@127.0.0.1:2525
            smtp_tls: none
            sms_sender: outbox
            totp_skew: 2
            """, keyFolder: "data")
        let (output, status) = try command.run(["check-config"])
        #expect(status == 0, "\(output)")
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"smtp_url: "smtp://mailer:****@127.0.0.1:2525""#))
        #expect(lines.contains("totp_skew: 2"))
        #expect(lines.contains(#"sms_sender: "outbox""#))
        #expect(!output.contains("s3cret-pass"))
        #expect(lines.contains { $0.contains("Text messages go to the outbox folder") })
        #expect(lines.contains { $0.contains("plain HTTP on 127.0.0.1:8080") })
        #expect(lines.contains { $0.contains("The secrets key") && $0.contains("is in the folder of the database") })
        #expect(!lines.contains { $0.contains("Mail goes to the outbox") }, "mail goes to the SMTP relay")
    }

    /// A number out of its bounds stops the command, naming the file and the setting; every problem at once.
    @Test func settingsOutOfBoundsNameTheFileAndTheKey() throws {
        let command = try ServerCommand(config: "totp_skew: 5\npassword_min_length: 6\nlockout_threshold: 0\n")
        let config = command.scratch.path + "/config.yaml"
        for arguments in [["check-config"], ["serve"], ["user", "list"]] {
            let (output, status) = try command.run(arguments)
            #expect(status != 0)
            #expect(output.contains(#"\#(config): The setting "totp_skew" must be from 0 to 2; it is 5"#), "\(arguments)")
            #expect(output.contains(#"\#(config): The setting "password_min_length" must be from 8 to 128; it is 6"#))
            #expect(output.contains(#"\#(config): The setting "lockout_threshold" must be from 1 to 100; it is 0"#))
        }
        let (output, status) = try command.run(["check-config", "--set", "sms_sender=twilio"])
        #expect(status != 0)
        #expect(output.contains(#"The setting "twilio_account_sid" must be Twilio's account SID"#))
    }
}
