import AuthClient
import AuthModel
import TerminalUI

/// Account Settings and Multifactor Authentication: moving on with the server's answers.
extension AppState {
    /// The next step after an answer to one of the Account Settings requests; nil for other requests.
    mutating func receiveAccountSettings(_ reply: Reply, for request: Request) -> [Effect]? {
        switch (reply, request) {
        case (.account(let account), .loadAccount(let page)):
            return show(page, of: account)
        case (.sessions(let sessions), .listSessions):
            guard case .sessions(var page) = screen else { return [] }
            page.show(sessions)
            screen = .sessions(page)
        case (.accepted, .endOtherSessions):
            if case .sessions(var page) = screen {
                page.removeOthers()
                screen = .sessions(page)
            }
            message = Message(.success, text(.otherSessionsSignedOut))
        case (.reauthenticated, .reauthenticate):
            guard case .reauthenticate(let dialog) = overlay else { return [] }
            overlay = nil
            return send(dialog.retry)
        case (.accepted, .sendReauthenticationCode):
            guard case .reauthenticate(var dialog) = overlay else { return [] }
            dialog.codeSent(text(.codeSent))
            overlay = .reauthenticate(dialog)
        case (.accepted, .changePassword):
            guard case .changePassword(let form) = screen else { return [] }
            screen = .account(AccountScreen(account: form.account, text: text))
            message = Message(.success, text(.passwordChanged))
        case (.totpSetup(let setup), .startTotpSetup):
            guard case .totpSetup(var wizard) = screen else { return [] }
            wizard.show(setup)
            show(.totpSetup(wizard))
            if settings.demoAccount != nil {
                demoAuthenticator.add(DemoAuthenticator.Entry(
                    label: wizard.label.text, account: setup.account, issuer: setup.issuer, secret: setup.secret))
            }
        case (.phoneSetup(let setup), .startPhoneSetup):
            guard case .phoneSetup(var form) = screen else { return [] }
            form.show(setup)
            screen = .phoneSetup(form)
            message = .notice(text(.codeSent))
        case (.method(let method), .verifyTotpSetup), (.method(let method), .verifyPhoneSetup):
            return enrolled(method)
        case (.method(let method), .renameMfaMethod):
            message = Message(.success, text(.renamedTo, ["label": method.label]))
            return send(.loadAccount(.mfa))
        case (.account(let account), .updateAccount):
            guard case .account = screen else {
                // The language set at sign-in.
                screen = .home(HomeScreen(account: account))
                return []
            }
            language = account.language
            screen = .account(AccountScreen(account: account, text: text))
            message = Message(.success, text(.languageSwitched))
        case (.mfaStatus, .enableMfa):
            message = Message(.success, text(.mfaEnabledMessage))
            // Sessions that signed in before MFA was on would keep going without a code.
            overlay = .confirmMFA(.endOtherSessions, ConfirmState(choice: .confirm))
            guard case .activation(let page) = screen else { return send(.loadAccount(.mfa)) }
            screen = .enrollmentDone(EnrollmentDoneScreen(
                account: page.account, method: page.method, purpose: .add, mfaEnabled: true))
        case (.accepted, .removeMfaMethod):
            if case .enrollmentDone(let page) = screen, case .replace(let old) = page.purpose {
                message = Message(.success, text(.oldMethodRemoved, ["name": old.name(text)]))
                return []
            }
            message = Message(.success, text(.methodRemoved))
            return send(.loadAccount(.mfa))
        case (.recoveryCodes(let codes), .generateRecoveryCodes):
            guard case .recoveryCodes(var page) = screen else { return [] }
            page.show(codes.codes)
            show(.recoveryCodes(page))
        default:
            return nil
        }
        return []
    }

    /// What a failed Account Settings request leads to; nil leaves it to the app's usual handling
    /// (cancelled, session over, network trouble, plain-words errors).
    mutating func receiveAccountSettings(_ error: ClientError, for request: Request) -> [Effect]? {
        if error == .cancelled || error.endsSession {
            return nil
        }
        switch (error.serverCode, request) {
        case (.reauthenticationRequired?, _):
            overlay = .reauthenticate(ReauthDialog(retry: request, mfa: screen.signedInAccount?.mfa))
        case (_, .reauthenticate):
            guard case .reauthenticate(var dialog) = overlay else { return nil }
            dialog.refused(text.sentence(for: error))
            overlay = .reauthenticate(dialog)
        case (_, .sendReauthenticationCode):
            guard case .reauthenticate(var dialog) = overlay else { return nil }
            dialog.sendFailed(text.sentence(for: error))
            overlay = .reauthenticate(dialog)
        case (.setupExpired?, .verifyTotpSetup), (.notFound?, .verifyTotpSetup),
             (.setupExpired?, .verifyPhoneSetup), (.notFound?, .verifyPhoneSetup):
            restartEnrollment()
            message = .error(text(.setupTookTooLong))
        case (_, .verifyTotpSetup), (_, .verifyPhoneSetup):
            guard error.serverCode != nil else { return nil }
            clearEnrollmentCode()
            message = .error(text.sentence(for: error))
        case (_, .removeMfaMethod) where error.serverCode != nil:
            guard case .enrollmentDone = screen else { return nil }
            message = .error(text(.oldMethodNotRemoved, ["reason": text.sentence(for: error)]))
        default:
            return nil
        }
        return []
    }

    /// A method was verified: replace the old one, offer activation, or finish.
    private mutating func enrolled(_ method: MFAMethod) -> [Effect] {
        let (purpose, account): (EnrollmentPurpose, Account?) = switch screen {
        case .totpSetup(let wizard): (wizard.purpose, wizard.account)
        case .phoneSetup(let form): (form.purpose, form.account)
        default: (.add, screen.signedInAccount)
        }
        let enabled = account?.mfa.enabled ?? true
        if purpose == .add, !enabled {
            show(.activation(ActivationScreen(account: account, method: method)))
            return []
        }
        show(.enrollmentDone(EnrollmentDoneScreen(account: account, method: method, purpose: purpose, mfaEnabled: enabled)))
        guard case .replace(let old) = purpose else { return [] }
        return send(.removeMfaMethod(id: old.id))
    }

    /// A page with the account just loaded; the message of the change that led here stays.
    private mutating func show(_ page: AccountPage, of account: Account) -> [Effect] {
        switch page {
        case .mfa: screen = .mfa(mfaScreen(account))
        case .changePassword: screen = .changePassword(ChangePasswordScreen(account: account))
        case .language: screen = .account(AccountScreen(account: account, text: text))
        case .sessions:
            screen = .sessions(SessionsScreen(account: account))
            return send(.listSessions)
        }
        return []
    }

    private mutating func restartEnrollment() {
        switch screen {
        case .totpSetup(var wizard):
            wizard.restart()
            screen = .totpSetup(wizard)
        case .phoneSetup(var form):
            form.restart()
            screen = .phoneSetup(form)
        default:
            break
        }
    }

    private mutating func clearEnrollmentCode() {
        switch screen {
        case .totpSetup(var wizard):
            wizard.entry.clear()
            screen = .totpSetup(wizard)
        case .phoneSetup(var form):
            form.entry.clear()
            screen = .phoneSetup(form)
        default:
            break
        }
    }
}
