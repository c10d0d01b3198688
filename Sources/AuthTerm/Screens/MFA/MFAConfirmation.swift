import AuthModel
import TerminalUI

/// An MFA change that cannot be taken back, or what to do once it is made, asked about in a dialog first.
public enum MFAConfirmation: Equatable, Sendable {
    case enable
    case remove(MFAMethod)
    /// Offered once MFA is enabled: sessions that signed in without a code end.
    case endOtherSessions

    private var title: TextKey {
        switch self {
        case .enable: .enableMFA
        case .remove: .removeMethodTitle
        case .endOtherSessions: .endOtherSessionsTitle
        }
    }

    private func message(_ text: Catalog) -> String {
        switch self {
        case .enable: text(.enableMFAWarning)
        case .remove(let method): text(.removeMethodQuestion, ["method": method.phrase(text)])
        case .endOtherSessions: text(.endOtherSessionsQuestion)
        }
    }

    private var confirmTitle: TextKey {
        switch self {
        case .enable: .enableMFA
        case .remove: .actionRemove
        case .endOtherSessions: .buttonSignOutOthersShort
        }
    }

    private var cancelTitle: TextKey {
        self == .endOtherSessions ? .buttonKeepThem : .buttonCancel
    }

    /// What confirming it sends.
    var request: Request {
        switch self {
        case .enable: .enableMfa
        case .remove(let method): .removeMfaMethod(id: method.id)
        case .endOtherSessions: .endOtherSessions
        }
    }

    func dialog(_ state: ConfirmState, symbols: Symbols, text: Catalog) -> ConfirmDialog {
        ConfirmDialog(title: text(title), message: message(text), confirmTitle: text(confirmTitle),
                      cancelTitle: text(cancelTitle), state: state, isDestructive: self != .endOtherSessions,
                      symbols: symbols, id: "mfaConfirm")
    }
}
