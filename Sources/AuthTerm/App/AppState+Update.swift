import AuthClient
import AuthModel
import TerminalUI

extension AppState {
    /// Applies one event and returns the work it calls for. Pure: no terminal, no network.
    public mutating func update(_ event: AppEvent) -> [Effect] {
        switch event {
        case .tick:
            if inFlight != nil { spinnerTick += 1 }
            return []
        case .clock(let date):
            now = date
            return []
        case .replied(let result):
            guard let request = inFlight else { return [] }
            inFlight = nil
            return receive(result, for: request)
        case .serviceLoaded(let info):
            service = info
            return []
        case .rememberedTokenLoaded(let token):
            return resume(with: token)
        case .input(let input):
            return handle(input)
        case .mailboxLoaded(let messages):
            if case .mailbox(let old) = overlay {
                // The newest message first; after a refresh, the one that was selected.
                var mailbox = MailboxState(messages: messages)
                let selected = old.messages.indices.contains(old.list.selected) ? old.messages[old.list.selected] : nil
                mailbox.list.select(selected.flatMap(messages.firstIndex(of:)) ?? 0)
                overlay = .mailbox(mailbox)
            }
            return []
        case .rememberedSessionFailed(let error):
            // Worth a notice, never a stop: the session goes on, only the next start asks to sign in.
            message = .notice(text(.rememberedSessionNotUpdated, ["path": error.path, "reason": error.reason]))
            return []
        }
    }

    private mutating func handle(_ input: Event) -> [Effect] {
        if input == .key(.ctrl("c")) || input == .terminalClosed || input == .quitRequested { return [.quit] }
        if input == .key(.ctrl("z")) { return [.suspend] }
        if case .resize = input { return [] }
        if inFlight != nil {
            return input == .key(.escape) ? [.cancelRequest] : []
        }
        if case .paste(let text) = input, !takesText {
            // Keys typed quickly, or batched by a slow SSH link, arrive together and read as a
            // paste; where nothing takes text they are keys, one after another.
            return text.flatMap { handle(.key(.character($0))) }
        }
        if let overlay {
            return handle(input, over: overlay)
        }
        if input == .key(.function(1)) || (input == .key(.character("?")) && !screen.content.isTyping) {
            overlay = .help(HelpState(screen.content.helpTopic))
            return []
        }
        if settings.mailboxFolder != nil, input == .key(.function(3)) {
            overlay = .mailbox(MailboxState(messages: []))
            return [.loadMailbox]
        }
        if settings.demoAccount != nil, input == .key(.function(4)) {
            overlay = .demoAuthenticator
            return []
        }
        if screen.isSignedIn, input == .key(.function(2)) || input == .click(AppView.avatarID) {
            overlay = .avatarMenu(AvatarMenuAction.menu(text))
            return []
        }
        return handleOnScreen(input)
    }

    /// Whether what has the keyboard, an overlay or else the screen, takes text.
    private var takesText: Bool {
        guard let overlay else { return screen.content.isTyping }
        if case .reauthenticate = overlay { return true }
        return false
    }

    private mutating func handle(_ input: Event, over overlay: Overlay) -> [Effect] {
        switch overlay {
        case .help(var help):
            self.overlay = help.handle(input) ? nil : .help(help)
            return []
        case .avatarMenu(var menu):
            switch menu.handle(input) {
            case .chosen(let action):
                self.overlay = nil
                return chooseFromAvatarMenu(action)
            case .dismissed:
                self.overlay = nil
            case .moved:
                self.overlay = .avatarMenu(menu)
            case nil:
                // A click beside the menu closes it, as a click outside a menu does anywhere.
                if input == .click(AppView.coverID) { self.overlay = nil }
            }
            return []
        case .mailbox(var mailbox):
            if input == .key(.escape) || input == .key(.function(3)) {
                self.overlay = nil
            } else if input == .key(.character("r")) {
                return [.loadMailbox]
            } else if let row = input.clickedRow(of: MailboxView.listID) {
                mailbox.list.select(row)
                self.overlay = .mailbox(mailbox)
            } else if mailbox.list.handle(input) {
                self.overlay = .mailbox(mailbox)
            }
            return []
        case .failure(let text, let retry, var answer):
            switch answer.handle(input) {
            case .confirm:
                self.overlay = nil
                return send(retry)
            case .cancel:
                self.overlay = nil
                if case .resuming = screen { showSignIn() }
            case nil:
                self.overlay = .failure(message: text, retry: retry, answer)
            }
            return []
        case .reauthenticate, .confirmMFA, .demoAuthenticator:
            return handleAccountOverlay(input, overlay)
        }
    }

    private mutating func chooseFromAvatarMenu(_ action: AvatarMenuAction) -> [Effect] {
        switch action {
        case .accountSettings:
            if let account = screen.signedInAccount { show(.account(AccountScreen(account: account, text: text))) }
            return []
        case .help:
            overlay = .help(HelpState(screen.content.helpTopic))
            return []
        case .signOut:
            return signOut()
        }
    }

    /// Signs out here at once (the remembered session goes too) and tells the server.
    mutating func signOut() -> [Effect] {
        if let account = screen.signedInAccount { signInEmail = account.email }
        guard session != nil else {
            showSignIn(email: signInEmail)
            return [.forgetSession]
        }
        return [.forgetSession] + send(.signOut)
    }
}
