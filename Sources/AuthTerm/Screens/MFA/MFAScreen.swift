import AuthModel
import TerminalUI

/// Account Settings > Multifactor Authentication: the status, the registered methods and what
/// can be done with them, and the service's notices.
public struct MFAScreen: Equatable, Sendable, ScreenContent {
    public enum Action: String, CaseIterable, Hashable, Sendable {
        case rename, replace, remove, setup, addPhone, recoveryCodes, enable

        var title: TextKey {
            switch self {
            case .rename: .actionRename
            case .replace: .actionReplace
            case .remove: .actionRemove
            case .setup: .actionSetup
            case .addPhone: .addPhoneTitle
            case .recoveryCodes: .recoveryCodesTitle
            case .enable: .enableMFA
            }
        }

        /// The key that chooses the action directly.
        var hotkey: Character {
            switch self {
            case .rename: "n"
            case .replace: "r"
            case .remove: "d"
            case .setup: "s"
            case .addPhone: "p"
            case .recoveryCodes: "c"
            case .enable: "e"
            }
        }

        /// Whether the action works on the selected method.
        var needsMethod: Bool { [.rename, .replace, .remove].contains(self) }
    }

    public enum Control: Clickable {
        case methods, action(Action)

        public var hitID: String {
            switch self {
            case .methods: "methods"
            case .action(let action): action.rawValue
            }
        }
    }
    public enum Intent: Equatable, Sendable {
        case act(Action, method: MFAMethod?)
        case back
    }

    public let account: Account
    /// Whether the server sends text messages (`ServiceInfo.methods`); without, no "Add phone number".
    public let offersPhone: Bool
    public var methodList: ListState
    public var focus: FocusRing<Control>

    public init(account: Account, offersPhone: Bool = true) {
        self.account = account
        self.offersPhone = offersPhone
        methodList = ListState(count: account.mfa.methods.count, pageSize: 3)
        focus = FocusRing([.methods])
        focus.setOrder(controls)
        focus.focus(account.mfa.methods.isEmpty ? .action(.setup) : .methods)
    }

    var mfa: MFAStatus { account.mfa }
    var selectedMethod: MFAMethod? { mfa.methods.isEmpty ? nil : mfa.methods[methodList.selected] }

    /// The actions offered now: method actions only with a method, a phone number only when the
    /// server sends text messages, Enable only before it is on, recovery codes only after.
    var actions: [Action] {
        Action.allCases.filter { action in
            switch action {
            case .rename, .replace, .remove: !mfa.methods.isEmpty
            case .setup: true
            case .addPhone: offersPhone
            case .recoveryCodes: mfa.enabled
            case .enable: !mfa.enabled && !mfa.methods.isEmpty
            }
        }
    }

    private var controls: [Control] {
        (mfa.methods.isEmpty ? [] : [.methods]) + actions.map(Control.action)
    }

    func title(_ text: Catalog) -> String { text(.mfaTitle) }
    var helpTopic: HelpTopic { .mfa }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Tab", text(.hintNext)), KeyHint("Enter", text(.hintChoose)), KeyHint("s", text(.hintSetup)),
         KeyHint("Esc", text(.hintBack))]
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .back }
        if focus.handle(event) { return nil }
        if let row = event.clickedRow(of: "methods") {
            methodList.select(row)
            return nil
        }
        if methodList.handle(event) {
            focus.focus(.methods)
            return nil
        }
        if case .key(.character(let key)) = event, let action = actions.first(where: { $0.hotkey == key }) {
            return act(action)
        }
        guard event.isActivation else { return nil }
        switch focus.focused {
        case .methods:
            focus.focus(.action(.rename))
            return nil
        case .action(let action):
            return act(action)
        }
    }

    private func act(_ action: Action) -> Intent? {
        if action.needsMethod && selectedMethod == nil { return nil }
        return .act(action, method: action.needsMethod ? selectedMethod : nil)
    }

    /// In a few words: not set up, registered but not enabled, or enabled for good.
    var status: TextKey {
        switch (mfa.enabled, mfa.methods.isEmpty) {
        case (false, true): .mfaStatusNotSetUp
        case (false, false): .mfaStatusNotEnabled
        case (true, false): .mfaStatusEnabled
        case (true, true): .mfaStatusEnabledNoMethod
        }
    }

    var notice: TextKey { mfa.enabled ? .mfaNoticeEnabled : .mfaNoticeNotEnabled }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        FieldLine(text(.statusLabel), text(status), text).render(into: &buffer, area: rows.take())
        rows.skip()
        if let selectedMethod {
            let list = mfa.methods.map { ListView.Row($0.listName(text)) }
            ListView(list, state: methodList, isFocused: focus.isFocused(.methods), id: "methods")
                .render(into: &buffer, area: rows.take(min(3, list.count)))
            Label("  " + selectedMethod.history(text), style: Style(.muted)).render(into: &buffer, area: rows.take())
        } else {
            Label(text(.noMethodYet), style: Style(.muted)).render(into: &buffer, area: rows.take())
        }
        rows.skip()
        let focused: String? = if case .action(let action) = focus.focused { action.rawValue } else { nil }
        let methodActions = actions.filter(\.needsMethod)
        if !methodActions.isEmpty {
            ButtonRow(buttons: methodActions.map { (text($0.title), $0.rawValue) }, focused: focused)
                .render(into: &buffer, area: rows.take())
        }
        ButtonRow(buttons: actions.filter { !$0.needsMethod }.map { (text($0.title), $0.rawValue) }, focused: focused)
            .render(into: &buffer, area: rows.take())
        rows.skip()
        // The service's own notices and support line come first: they are what the organization
        // wants its users to know. The app's advice shows when it fits whole besides; the links
        // are in help.
        let service = ServiceSection(service: context.service, parts: [.notices, .support], width: area.width, leadingBlank: false)
        let advice = Paragraph(text(notice), style: Style(.muted))
        if advice.height(width: area.width) <= area.maxY - rows.y - service.height {
            advice.render(into: &buffer, area: rows.take(advice.height(width: area.width)))
        }
        service.render(into: &buffer, area: rows.take(area.maxY - rows.y))
    }
}
