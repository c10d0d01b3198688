import AuthModel
import Foundation
import Testing

@testable import AuthServer

/// `GET /v1/service`: the organization's own words, from the settings, for anyone.
@Suite struct ServiceTests {
    @Test func answersTheSettingsWithoutASession() async throws {
        let server = try await TestServer { configuration in
            configuration.issuer = "Example University"
            configuration.supportContact = "  IT Service Desk, help@example.ac.jp "
            configuration.supportHours = "Weekdays 9:00-17:00"
            configuration.notices = ["Use Microsoft Authenticator.\n", ""]
            configuration.links = [ServiceLink(title: "MFA manual", url: "https://example.ac.jp/mfa")]
            configuration.onPasswordReset = .keepMFA
        }
        try await server.run { api in
            let service = try await api.expect(ServiceInfo.self, .getService)
            #expect(service == ServiceInfo(
                issuer: "Example University", supportContact: "IT Service Desk, help@example.ac.jp",
                supportHours: "Weekdays 9:00-17:00", notices: ["Use Microsoft Authenticator."],
                links: [ServiceLink(title: "MFA manual", url: "https://example.ac.jp/mfa")], resetPolicy: .keepMFA,
                methods: [.totp, .sms]))
        }
    }

    @Test func saysLittleByDefault() async throws {
        try await TestServer().run { api in
            let reply = try await api.send(.getService)
            #expect(reply.status == 200)
            #expect(String(decoding: reply.body, as: UTF8.self)
                == #"{"issuer":"authterm","links":[],"methods":["totp","sms"],"notices":[],"reset_policy":"clear-mfa"}"#)
        }
    }

    /// Texts a terminal should not show, or a link that is not a web address, stop the server at start.
    @Test(arguments: [
        { (configuration: inout ServerConfiguration) in configuration.notices = ["Maintenance \u{1B}[2J tonight"] },
        { $0.supportContact = "help@example.ac.jp\u{202E}" },
        { $0.links = [ServiceLink(title: "Manual", url: "javascript:alert(1)")] },
        { $0.links = [ServiceLink(title: "", url: "https://example.ac.jp")] },
    ] as [@Sendable (inout ServerConfiguration) -> Void])
    func refusesSettingsATerminalShouldNotShow(_ configure: @Sendable (inout ServerConfiguration) -> Void) async throws {
        let server = try await TestServer(configure)
        #expect(throws: ConfigurationFile.Problem.self) { _ = try ServerApplication.router(services: server.services) }
    }

    @Test func theSettingsHaveTheirNamesInTheConfigFile() throws {
        let yaml = """
            support_contact: IT Service Desk
            support_hours: Weekdays 9:00-17:00
            notices:
              - Use Microsoft Authenticator.
            links:
              - {title: MFA manual, url: "https://example.ac.jp/mfa"}
            """
        let configuration = try ConfigurationFile.apply(yaml: yaml, to: ServerConfiguration(dataFolder: "/tmp/unused"))
        #expect(configuration.supportContact == "IT Service Desk")
        #expect(configuration.supportHours == "Weekdays 9:00-17:00")
        #expect(configuration.notices == ["Use Microsoft Authenticator."])
        #expect(configuration.links == [ServiceLink(title: "MFA manual", url: "https://example.ac.jp/mfa")])
        let overridden = try ConfigurationFile.apply(
            overrides: ["links=[{title: Manual, url: 'https://example.ac.jp'}]"], to: configuration)
        #expect(overridden.links == [ServiceLink(title: "Manual", url: "https://example.ac.jp")])
    }
}
