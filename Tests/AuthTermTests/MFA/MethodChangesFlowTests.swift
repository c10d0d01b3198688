import AuthClient
import AuthModel
import TerminalUI
import Testing

@testable import AuthTerm

/// Replace, remove, rename and enable on the Multifactor Authentication screen.
@Suite struct MethodChangesFlowTests {
    static let newPixel = MFAMethod(id: "m-new", kind: .totp, label: "Pixel", createdAt: Samples.date)

    @Test func replaceRemovesTheOldMethodOnlyAfterTheNewOneIsVerified() {
        let account = MFASamples.account(enabled: true, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: account) { request in
            switch request {
            case .startTotpSetup: .success(.totpSetup(MFASamples.totpSetup()))
            case .verifyTotpSetup(_, "654321"): .success(.method(Self.newPixel))
            case .verifyTotpSetup: .failure(Samples.serverError(.invalidCode))
            case .removeMfaMethod: .success(.accepted)
            default: nil
            }
        }
        driver.press(.character("r"))
        guard case .totpSetup(let wizard) = driver.state.screen else { Issue.record("no wizard"); return }
        #expect(wizard.purpose == .replace(MFASamples.pixel))
        #expect(driver.screenText.contains("Replace Pixel"))
        driver.press(.enter, .enter)
        #expect(driver.sent == [.startTotpSetup(label: "Pixel")])
        driver.type("111111")
        driver.press(.enter)
        #expect(!driver.sent.contains(.removeMfaMethod(id: "m-pixel")), "a wrong code keeps the old method")
        driver.type("654321")
        driver.press(.enter)
        #expect(Array(driver.sent.suffix(2)) == [
            .verifyTotpSetup(setup: "setup-1", code: "654321"), .removeMfaMethod(id: "m-pixel"),
        ])
        guard case .enrollmentDone(let done) = driver.state.screen else { Issue.record("not done"); return }
        #expect(done.method == Self.newPixel)
        #expect(driver.state.message?.text == "\"Pixel\" was removed.")
        #expect(driver.screenText.contains("\"Pixel\" replaces \"Pixel\"."))
    }

    @Test func aReplacementSaysSoWhenTheOldMethodStays() {
        let account = MFASamples.account(enabled: true, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: account) { request in
            switch request {
            case .startTotpSetup: .success(.totpSetup(MFASamples.totpSetup()))
            case .verifyTotpSetup: .success(.method(Self.newPixel))
            case .removeMfaMethod: .failure(Samples.serverError(.notFound))
            default: nil
            }
        }
        driver.press(.character("r"), .enter, .enter)
        driver.type("654321")
        driver.press(.enter)
        guard case .enrollmentDone = driver.state.screen else { Issue.record("not done"); return }
        #expect(driver.state.message?.text.hasPrefix("The new method is registered, but the old one was not removed") == true)
    }

    @Test func removingTheLastMethodIsRefusedWithTheServersReason() {
        let account = MFASamples.account(enabled: true, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: account) { request in
            request == .removeMfaMethod(id: "m-pixel") ? .failure(Samples.serverError(.lastMethod)) : nil
        }
        driver.press(.character("d"))
        guard case .confirmMFA(.remove(MFASamples.pixel), _) = driver.state.overlay else { Issue.record("no question"); return }
        #expect(driver.screenText.contains("Remove method"))
        driver.press(.character("y"))
        #expect(driver.sent == [.removeMfaMethod(id: "m-pixel")])
        #expect(driver.state.message?.text == "You cannot remove your last verification method while MFA is enabled.")
        #expect(driver.state.screen == .mfa(MFAScreen(account: account)), "the method is still listed")
        #expect(driver.screenText.contains("You cannot remove your last verification method"))
    }

    @Test func removingOneOfTwoReloadsTheList() {
        let before = MFASamples.account(enabled: true, methods: [MFASamples.pixel, MFASamples.iphone])
        let after = MFASamples.account(enabled: true, methods: [MFASamples.iphone])
        var driver = MFASamples.driver(on: before) { request in
            switch request {
            case .removeMfaMethod("m-iphone"): .success(.accepted)
            case .loadAccount(.mfa): .success(.account(after))
            default: nil
            }
        }
        driver.press(.down, .character("d"), .character("y"))
        #expect(driver.sent == [.removeMfaMethod(id: "m-iphone"), .loadAccount(.mfa)])
        #expect(driver.state.screen == .mfa(MFAScreen(account: after)))
        #expect(driver.state.message?.text == "The method was removed.")
    }

    @Test func enableMFAAsksFirstAndSaysItIsIrreversible() {
        let before = MFASamples.account(enabled: false, methods: [MFASamples.pixel, MFASamples.phone])
        let after = MFASamples.account(enabled: true, methods: [MFASamples.pixel, MFASamples.phone])
        var driver = MFASamples.driver(on: before) { request in
            switch request {
            case .enableMfa: .success(.mfaStatus(after.mfa))
            case .loadAccount(.mfa): .success(.account(after))
            case .endOtherSessions: .success(.accepted)
            default: nil
            }
        }
        driver.press(.character("e"))
        #expect(driver.screenText.contains("Once enabled, multifactor authentication cannot be"))
        driver.press(.enter)
        #expect(driver.sent.isEmpty, "the dialog starts on Cancel")
        driver.press(.character("e"), .left, .enter)
        #expect(driver.sent == [.enableMfa, .loadAccount(.mfa)])
        #expect(driver.screenText.contains("Enabled (it cannot be disabled)"))
        // Then it offers to end the sessions that signed in without a code, starting on yes.
        #expect(driver.screenText.contains("Sign out other sessions?"))
        driver.press(.enter)
        #expect(driver.sent.last == .endOtherSessions)
        #expect(driver.state.message?.text == "The other sessions were signed out.")
    }

    @Test func renameSendsTheNewLabel() {
        let account = MFASamples.account(enabled: false, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: account) { request in
            switch request {
            case .renameMfaMethod: .success(.method(Self.newPixel))
            case .loadAccount(.mfa): .success(.account(account))
            default: nil
            }
        }
        driver.press(.character("n"), .ctrl("u"))
        driver.type("Old Pixel")
        driver.press(.enter)
        #expect(driver.sent == [.renameMfaMethod(id: "m-pixel", label: "Old Pixel"), .loadAccount(.mfa)])
    }

    @Test func aPhoneNumberIsCheckedThenConfirmedBySMS() {
        let account = MFASamples.account(enabled: false, methods: [MFASamples.pixel])
        var driver = MFASamples.driver(on: account) { request in
            switch request {
            case .startPhoneSetup: .success(.phoneSetup(PhoneSetup(setup: "p-1", destination: "+81 •••• ••78", expiresAt: Samples.date)))
            case .verifyPhoneSetup: .success(.method(MFASamples.phone))
            default: nil
            }
        }
        driver.press(.character("p"))
        #expect(driver.screenText.contains("+ country code and number, e.g. +81312345678"))
        driver.type("0312345678")
        driver.press(.enter)
        #expect(driver.sent.isEmpty)
        #expect(driver.state.message?.text.contains("international form") == true)
        driver.press(.ctrl("u"))
        driver.type("+81 3-1234-5678")
        driver.press(.enter)
        #expect(driver.sent == [.startPhoneSetup(phone: "+81312345678", label: "Phone")])
        #expect(driver.screenText.contains("+81 •••• ••78"))
        driver.type("424242")
        driver.press(.enter)
        #expect(driver.sent.last == .verifyPhoneSetup(setup: "p-1", code: "424242"))
        #expect(driver.state.screen == .activation(ActivationScreen(account: account, method: MFASamples.phone)))
    }
}
