import AuthClient
import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

/// Ctrl-Z and the signals that end the program, as `update` sees them: the app asks the runtime
/// to suspend or to quit, and what the user was doing stays as it was.
@Suite struct JobControlFlowTests {
    /// A server that answers the e-mail step and leaves the password in flight.
    static func slowServer(_ request: Request) -> Result<Reply, ClientError>? {
        request == .startSignIn(email: "ada@example.com") ? .success(.signInStarted(Samples.flow)) : nil
    }

    @Test func ctrlZSuspendsAndKeepsTheTypedPassword() {
        var driver = FlowDriver(api: Self.slowServer)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("violet-harbor")
        let before = driver.state
        driver.press(.ctrl("z"))
        #expect(driver.effects == [.suspend])
        #expect(driver.state == before, "nothing typed is lost, nothing moves")
        #expect(driver.screenText.contains("•••••••••••••"))
        #expect(!driver.screenText.contains("violet-harbor"))
    }

    @Test func ctrlZSuspendsWhileARequestRunsAndOverAMenu() {
        var driver = FlowDriver(api: Self.slowServer)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("violet-harbor")
        driver.press(.enter)
        #expect(driver.state.inFlight != nil)
        driver.press(.ctrl("z"))
        #expect(driver.effects == [.suspend])
        #expect(driver.state.inFlight != nil, "the request goes on")

        var menu = MFASamples.driver(on: MFASamples.account(enabled: false, methods: [])) { _ in nil }
        menu.press(.function(2))
        #expect(menu.screenText.contains("Avatar Menu"))
        menu.press(.ctrl("z"))
        #expect(menu.effects == [.suspend])
        #expect(menu.screenText.contains("Avatar Menu"), "the menu is still open after fg")
    }

    /// SIGHUP, SIGTERM and SIGINT reach the app as `quitRequested`: it quits as on Ctrl-C, also
    /// with a request in flight.
    @Test func aSignalToEndQuits() {
        var driver = FlowDriver(api: Self.slowServer)
        driver.type("ada@example.com")
        driver.press(.enter)
        driver.type("violet-harbor")
        driver.press(.enter)
        driver.send(.input(.quitRequested))
        #expect(driver.effects == [.quit])
    }

    @Test func theHelpNamesCtrlZ() {
        var driver = FlowDriver(api: Self.slowServer)
        driver.press(.function(1))
        #expect(ScreenText.flat(driver.screenText).contains("Ctrl-Z suspends"))
    }
}
