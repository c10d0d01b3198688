import AuthClient
import AuthModel
import TerminalUI

extension ClientError {
    /// The server no longer knows the session: it expired, or was signed out.
    var endsSession: Bool { serverCode == .sessionExpired || serverCode == .unauthenticated }
}

extension AppState {
    /// Moves the flow on with the answer to `request`.
    mutating func receive(_ result: Result<Reply, ClientError>, for request: Request) -> [Effect] {
        if case .retrying(let retried) = renewal, retried == request {
            // Sent again on a renewed session: the renewal is over, whatever the answer.
            renewal = nil
            if case .failure(let error) = result, error.endsSession { return signInAgain() }
        }
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
            message = settings.demoAccount.map { .notice(text(.demoPasswordNotice, ["password": $0.password])) }
            return []
        case (.signInProgress(let progress), _):
            return advance(progress)
        case (.resumed(let session), _):
            guard case .resuming(let waiting) = renewal else { return open(session) }
            // Renewed without a word: the screen stays, and the request that met the ended session goes again.
            renewal = .retrying(waiting)
            self.session = session
            return remember(session) + send(waiting)
        case (.account(let account), _):
            screen = .home(HomeScreen(account: account))
            // Signed in: the account's mail follows the language shown.
            return account.language == language ? [] : send(.updateAccount(language: language))
        case (.accepted, .signOut):
            showSignIn(email: signInEmail, message: .notice(text(.signedOut)))
            return []
        case (.accepted, .sendSignInCode):
            message = .notice(text(.codeSent))
            return []
        case (.accepted, .forgotPassword(let email)):
            screen = .resetPassword(ResetPasswordScreen(email: email))
            message = .notice(text(.resetCodeSent))
            return []
        case (.accepted, .resetPassword(let email, _, _)):
            let next: TextKey = switch service?.resetPolicy {
            case .clearMFA?: .afterResetClearMFA
            case .keepMFA?: .afterResetKeepMFA
            case nil: .afterResetUnknown
            }
            showSignIn(email: email, message: Message(.success, text(.passwordResetDone, ["next": text(next)])))
            return []
        default:
            message = .error(text(.answerDidNotFit))
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
        return remember(session) + send(.getAccount)
    }

    /// Keeps the remember token of a session that has one.
    private func remember(_ session: Session) -> [Effect] {
        guard let token = session.rememberToken, let expiry = session.rememberExpiresAt else { return [] }
        return [.rememberSession(token: token, expiresAt: expiry)]
    }

    /// Renews an ended session with the remember token read from the file, or signs in again
    /// when there is none.
    mutating func resume(with token: String?) -> [Effect] {
        guard case .resuming = renewal else { return [] }
        guard let token else { return signInAgain() }
        return send(.resumeSession(rememberToken: token))
    }

    /// The session ended on the server (it expired, or was signed out elsewhere). A remembered
    /// session is renewed first and `request` sent again; otherwise it is sign-in, the e-mail
    /// address filled in.
    private mutating func sessionEnded(after request: Request) -> [Effect] {
        if renewal == nil, session?.rememberToken != nil {
            renewal = .resuming(request)
            return [.loadRememberedToken]
        }
        return signInAgain()
    }

    /// Back to sign-in, the remembered session gone, with the address of the account that was signed in.
    private mutating func signInAgain() -> [Effect] {
        showSignIn(email: screen.signedInAccount?.email ?? signInEmail, message: .notice(text(.signInAgain)))
        return [.forgetSession]
    }

    private mutating func missingSession() -> [Effect] {
        message = .error(text(.answerDidNotFit))
        return []
    }

    private mutating func receive(_ error: ClientError, for request: Request) -> [Effect] {
        if let effects = receiveAccountSettings(error, for: request) { return effects }
        switch (error.serverCode, request) {
        case (_, _) where error == .cancelled:
            message = .notice(text(.cancelled))
            if case .resuming = screen { showSignIn(message: .notice(text(.cancelledSignInInstead))) }
            if renewal != nil { return signInAgain() }
            return []
        case (_, .signOut):
            // Signed out here whatever the server says; the session dies with its expiry.
            showSignIn(email: signInEmail, message: .notice(text(.signedOut)))
            return []
        case (_, _) where error.endsSession:
            return sessionEnded(after: request)
        case (.flowExpired?, _):
            showSignIn(email: signInEmail, message: .error(text.sentence(for: error)))
            return []
        case (.invalidCredentials?, _), (.locked?, .submitPassword), (.rateLimited?, .submitPassword):
            if case .password(var form) = screen {
                form.clearPassword()
                screen = .password(form)
            }
            message = .error(text.sentence(for: error))
            return []
        case (.invalidCode?, _), (.codeReused?, _), (.codeExpired?, _), (.locked?, _):
            if case .code(var form) = screen {
                form.clearCode()
                screen = .code(form)
            }
            message = .error(text.sentence(for: error))
            return []
        case (.some, _):
            message = .error(text.sentence(for: error))
            return []
        case (nil, _):
            overlay = .failure(message: text.sentence(for: error), retry: request, ConfirmState(choice: .confirm))
            return []
        }
    }
}
