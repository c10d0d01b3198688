import AuthModel
import TerminalUI

/// An MFA change that cannot be taken back, asked about in a dialog first.
public enum MFAConfirmation: Equatable, Sendable {
    case enable
    case remove(MFAMethod)

    var title: String {
        switch self {
        case .enable: "Enable MFA"
        case .remove: "Remove method"
        }
    }

    var message: String {
        switch self {
        case .enable:
            "Once enabled, multifactor authentication cannot be disabled: every sign-in will ask for a code. "
                + "Register a second method first if you can."
        case .remove(let method):
            "Remove \(method.phrase)? Its codes will no longer work for this account."
        }
    }

    var confirmTitle: String {
        switch self {
        case .enable: "Enable MFA"
        case .remove: "Remove"
        }
    }

    /// What confirming it sends.
    var request: Request {
        switch self {
        case .enable: .enableMfa
        case .remove(let method): .removeMfaMethod(id: method.id)
        }
    }

    func dialog(_ state: ConfirmState, symbols: Symbols) -> ConfirmDialog {
        ConfirmDialog(title: title, message: message, confirmTitle: confirmTitle, cancelTitle: "Cancel", state: state,
                      isDestructive: true, symbols: symbols, id: "mfaConfirm")
    }
}
