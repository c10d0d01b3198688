import AuthModel
import TerminalUI

/// An MFA change that cannot be taken back, or what to do once it is made, asked about in a dialog first.
public enum MFAConfirmation: Equatable, Sendable {
    case enable
    case remove(MFAMethod)
    /// Offered once MFA is enabled: sessions that signed in without a code end.
    case endOtherSessions

    var title: String {
        switch self {
        case .enable: "Enable MFA"
        case .remove: "Remove method"
        case .endOtherSessions: "Sign out other sessions?"
        }
    }

    var message: String {
        switch self {
        case .enable:
            "Once enabled, multifactor authentication cannot be disabled: every sign-in will ask for a code. "
                + "Register a second method first if you can."
        case .remove(let method):
            "Remove \(method.phrase)? Its codes will no longer work for this account."
        case .endOtherSessions:
            "Sessions that signed in before MFA was on, on other devices too, keep working without a code "
                + "until they end. Sign them out now? This session stays."
        }
    }

    var confirmTitle: String {
        switch self {
        case .enable: "Enable MFA"
        case .remove: "Remove"
        case .endOtherSessions: "Sign out others"
        }
    }

    var cancelTitle: String {
        self == .endOtherSessions ? "Keep them" : "Cancel"
    }

    /// What confirming it sends.
    var request: Request {
        switch self {
        case .enable: .enableMfa
        case .remove(let method): .removeMfaMethod(id: method.id)
        case .endOtherSessions: .endOtherSessions
        }
    }

    func dialog(_ state: ConfirmState, symbols: Symbols) -> ConfirmDialog {
        ConfirmDialog(title: title, message: message, confirmTitle: confirmTitle, cancelTitle: cancelTitle, state: state,
                      isDestructive: self != .endOtherSessions, symbols: symbols, id: "mfaConfirm")
    }
}
