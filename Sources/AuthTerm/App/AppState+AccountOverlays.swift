import TerminalUI

/// The dialogs of Account Settings and the demo authenticator panel: keys while they are open.
extension AppState {
    mutating func handleAccountOverlay(_ input: Event, _ current: Overlay) -> [Effect] {
        switch current {
        case .reauthenticate(var dialog):
            switch dialog.handle(input) {
            case .submit(let password, let method, let code):
                overlay = .reauthenticate(dialog)
                return send(.reauthenticate(password: password, method: method, code: code))
            case .sendCode(let method):
                overlay = .reauthenticate(dialog)
                return send(.sendReauthenticationCode(method: method))
            case .cancel:
                overlay = nil
                message = .notice(text(.cancelled))
            case nil:
                overlay = .reauthenticate(dialog)
            }
        case .confirmMFA(let change, var answer):
            switch answer.handle(input) {
            case .confirm:
                overlay = nil
                return send(change.request)
            case .cancel:
                overlay = nil
            case nil:
                overlay = .confirmMFA(change, answer)
            }
        case .demoAuthenticator:
            if input == .key(.escape) || input == .key(.function(4)) { overlay = nil }
        default:
            break
        }
        return []
    }
}
