import AuthClient
import AuthModel
import TerminalUI

extension AppState {
    /// Moves the flow on with the answer to `request`.
    mutating func receive(_ result: Result<Reply, ClientError>, for request: Request) -> [Effect] {
        switch result {
        case .success(let reply):
            return receive(reply, for: request)
        case .failure(let error):
            return receive(error, for: request)
        }
    }

    private mutating func receive(_ reply: Reply, for request: Request) -> [Effect] {
        if let effects = receiveAccountSettings(reply, for: request) { return effects }
        switch (reply, request) {
        case (.signInStarted(let started), .startSignIn(let email)):
            signInEmail = email
            screen = .password(PasswordScreen(email: email, flow: started.flow))
            message = settings.demoAccount.map { .notice("Demo account password: \($0.password)") }
            return []
        case (.signInProgress(let progress), _):
            return advance(progress)
        case (.resumed(let session), _):
            return open(session)
        case (.account(let account), _):
            screen = .home(HomeScreen(account: account))
            return []
        case (.accepted, .signOut):
            showSignIn(email: signInEmail, message: .notice("You have signed out."))
            return []
        case (.accepted, .sendSignInCode):
            message = .notice("Code sent. It is valid for 10 minutes.")
            return []
        case (.accepted, .forgotPassword(let email)):
            screen = .resetPassword(ResetPasswordScreen(email: email))
            message = .notice("If the address is registered, we sent a code to it.")
            return []
        case (.accepted, .resetPassword(let email, _, _)):
            showSignIn(email: email, message: Message(.success,
                "Your password was changed. Sign in with the new one; if you used MFA, you will set it up again."))
            return []
        default:
            message = .error("The server's answer did not fit the request. Try again.")
            return []
        }
    }

    /// The sign-in flow's next step after a password or a code.
    private mutating func advance(_ progress: SignInProgress) -> [Effect] {
        switch progress.next {
        case .code:
            guard case .password(let form) = screen else { return [] }
            screen = .code(CodeScreen(flow: form.flow, methods: progress.methods ?? []))
            message = nil
            return []
        case .setup:
            guard let session = progress.session else { return missingSession() }
            self.session = session
            startForcedSetup()
            return []
        case .done:
            guard let session = progress.session else { return missingSession() }
            return open(session)
        case .password:
            return missingSession()
        }
    }

    /// Keeps a new session (and its remember token) and loads the account for the home screen.
    private mutating func open(_ session: Session) -> [Effect] {
        self.session = session
        message = nil
        var effects: [Effect] = []
        if let token = session.rememberToken, let expiry = session.rememberExpiresAt {
            effects.append(.rememberSession(token: token, expiresAt: expiry))
        }
        return effects + send(.getAccount)
    }

    private mutating func missingSession() -> [Effect] {
        message = .error("The server's answer did not fit the request. Try again.")
        return []
    }

    private mutating func receive(_ error: ClientError, for request: Request) -> [Effect] {
        if let effects = receiveAccountSettings(error, for: request) { return effects }
        switch (error.serverCode, request) {
        case (_, _) where error == .cancelled:
            message = .notice("Cancelled.")
            if case .resuming = screen { showSignIn(message: .notice("Cancelled. Sign in instead.")) }
            return []
        case (.sessionExpired?, _), (.unauthenticated?, _):
            showSignIn(message: .notice("Please sign in again."))
            return [.forgetSession]
        case (_, .signOut):
            // Signed out here whatever the server says; the session dies with its expiry.
            showSignIn(email: signInEmail, message: .notice("You have signed out."))
            return []
        case (.flowExpired?, _):
            showSignIn(email: signInEmail, message: .error(error.description))
            return []
        case (.invalidCredentials?, _), (.locked?, .submitPassword), (.rateLimited?, .submitPassword):
            if case .password(var form) = screen {
                form.clearPassword()
                screen = .password(form)
            }
            message = .error(error.description)
            return []
        case (.invalidCode?, _), (.codeReused?, _), (.codeExpired?, _), (.locked?, _):
            if case .code(var form) = screen {
                form.clearCode()
                screen = .code(form)
            }
            message = .error(error.description)
            return []
        case (.some, _):
            message = .error(error.description)
            return []
        case (nil, _):
            overlay = .failure(message: error.description, retry: request, ConfirmState(choice: .confirm))
            return []
        }
    }
}
