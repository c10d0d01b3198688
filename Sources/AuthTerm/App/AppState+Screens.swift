import AuthModel
import TerminalUI

extension AppState {
    /// Gives an event to the screen and turns what the user asked for into requests.
    mutating func handleOnScreen(_ input: Event) -> [Effect] {
        switch screen {
        case .resuming:
            return []
        case .email(var form):
            let outcome = form.handle(input)
            screen = .email(form)
            return submit(outcome) { .startSignIn(email: $0) }
        case .password(var form):
            if input == .key(.escape) { return backToEmail(form.email) }
            let intent = form.handle(input)
            screen = .password(form)
            switch intent {
            case .submit(let password, let remember):
                guard !password.isEmpty else {
                    message = .error(text(.passwordMissing))
                    return []
                }
                message = nil
                return send(.submitPassword(flow: form.flow, password: password, remember: remember))
            case .forgotPassword:
                message = nil
                screen = .forgotPassword(ForgotPasswordScreen(email: form.email))
            case .changeEmail:
                return backToEmail(form.email)
            case nil:
                break
            }
            return []
        case .code(var form):
            if input == .key(.escape) { return backToEmail("") }
            let intent = form.handle(input)
            screen = .code(form)
            switch intent {
            case .submit(let method, let code):
                message = nil
                return send(.submitCode(flow: form.flow, method: method, code: code))
            case .sendCode(let method):
                message = nil
                return send(.sendSignInCode(flow: form.flow, method: method))
            case nil:
                return []
            }
        case .home(let page):
            return page.handle(input) == .openMFA ? send(.loadAccount(.mfa)) : []
        case .account, .mfa, .totpSetup, .phoneSetup, .activation, .enrollmentDone, .recoveryCodes, .renameMethod,
             .sessions, .changePassword:
            return handleAccountSettings(input)
        case .forgotPassword(var form):
            if input == .key(.escape) { return backToEmail(form.entry.field.text) }
            let outcome = form.handle(input)
            screen = .forgotPassword(form)
            return submit(outcome) { .forgotPassword(email: $0) }
        case .resetPassword(var form):
            if input == .key(.escape) { return backToEmail(form.email) }
            let intent = form.handle(input)
            screen = .resetPassword(form)
            message = form.problemText(text).map(Message.error)
            guard case .submit(let code, let newPassword) = intent else { return [] }
            return send(.resetPassword(email: form.email, code: code, newPassword: newPassword))
        }
    }

    /// Sends the request for a submitted address, or says why the address will not do.
    private mutating func submit(_ outcome: EmailEntry.Outcome?, _ request: (String) -> Request) -> [Effect] {
        switch outcome {
        case .plausible(let email):
            message = nil
            return send(request(email))
        case .implausible:
            message = .error(text(.emailImplausible))
            return []
        case nil:
            return []
        }
    }

    private mutating func backToEmail(_ email: String) -> [Effect] {
        showSignIn(email: email)
        return []
    }
}
