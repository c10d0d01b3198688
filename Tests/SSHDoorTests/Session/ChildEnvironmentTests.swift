import Testing

@testable import SSHDoor

/// The environment a session's authterm gets: only TERM, LANG, HOME and what the client may send.
@Suite struct ChildEnvironmentTests {
    static func variables(_ sent: [(String, String)], term: String = "xterm-256color",
                          locales: Set<String> = ["C.UTF-8", "en_US.UTF-8"]) -> [String: String] {
        var environment = ChildEnvironment()
        for (name, value) in sent { _ = environment.accept(name: name, value: value) }
        return environment.variables(term: term, home: "/tmp/home") { locales.contains($0) }
    }

    @Test func withNothingSentItHasTermLangAndHomeOnly() {
        #expect(Self.variables([]) == ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": "/tmp/home"])
    }

    @Test func theClientsLanguageIsKeptWhenThisHostHasItAsUTF8() {
        #expect(Self.variables([("LANG", "en_US.UTF-8")])["LANG"] == "en_US.UTF-8")
        #expect(Self.variables([("LANG", "ja_JP.UTF-8")])["LANG"] == "C.UTF-8", "not installed here")
    }

    @Test func onlyPlainValuesOfTheAllowedNamesAreTaken() {
        var environment = ChildEnvironment()
        let sent = [
            ("NO_COLOR", "1", true), ("COLORTERM", "truecolor", true),
            ("LD_PRELOAD", "/tmp/evil.so", false), ("HOME", "/root", false), ("PATH", "/tmp", false),
            ("LANG", "C.UTF-8\u{1B}]52;c;x\u{07}", false), ("LANG", "$(reboot)", false),
            ("LANG", String(repeating: "a", count: 65), false),
        ]
        for (name, value, taken) in sent {
            let accepted = environment.accept(name: name, value: value)
            #expect(accepted == taken, "\(name)=\(value.debugDescription)")
        }
        #expect(environment.fromClient == ["NO_COLOR": "1", "COLORTERM": "truecolor"])
    }

    @Test func aTermThatIsNotAPlainNameFallsBack() {
        #expect(Self.variables([], term: "")["TERM"] == ChildEnvironment.fallbackTerm)
        #expect(Self.variables([], term: "xterm\n")["TERM"] == ChildEnvironment.fallbackTerm)
        #expect(Self.variables([], term: "../../etc/evil")["TERM"] == ChildEnvironment.fallbackTerm)
        #expect(Self.variables([], term: "screen.xterm-256color")["TERM"] == "screen.xterm-256color")
    }

    @Test func thisHostsLocalesAreAskedOfTheCLibrary() {
        #expect(ChildEnvironment.hostHasUTF8Locale("C.UTF-8"))
        #expect(ChildEnvironment.hostHasUTF8Locale("C.utf8"))
        #expect(!ChildEnvironment.hostHasUTF8Locale("POSIX"), "there, but not UTF-8")
        #expect(!ChildEnvironment.hostHasUTF8Locale("xx_YY.UTF-8"))
    }
}
