import AuthModel
import FoundationEssentials
import TerminalUI

/// Sign-in, verification: the 6-digit code of a registered method, or a recovery code.
public struct CodeScreen: Equatable, Sendable, ScreenContent {
    public enum Control: String, Clickable { case code, methods, sendCode }
    public enum Intent: Equatable, Sendable {
        case submit(method: String, code: String)
        case sendCode(method: String)
    }

    /// A way to give the code: a registered method, or one of the recovery codes.
    public enum Choice: Equatable, Sendable {
        case method(SignInMethod)
        case recoveryCode
    }

    public let flow: String
    public let choices: [Choice]
    public var methodList: ListState
    public var code = CodeFieldState()
    public var recoveryCode = TextFieldState(maxLength: 32)
    public var focus: FocusRing<Control>

    public init(flow: String, methods: [SignInMethod]) {
        self.flow = flow
        // The authenticator apps first: they need no request.
        let ordered = methods.filter { $0.kind == .totp } + methods.filter { $0.kind != .totp }
        choices = ordered.map(Choice.method) + [.recoveryCode]
        methodList = ListState(count: choices.count)
        focus = FocusRing([.code, .methods])
        focus.setOrder(controls)
    }

    public var choice: Choice { choices[methodList.selected] }

    func title(_ text: Catalog) -> String { text(.codeTitle) }
    var helpTopic: HelpTopic { .verificationCode }
    var isTyping: Bool { focus.focused == .code }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Tab", text(.hintNextField)), KeyHint("↑↓", text(.hintChooseMethod)), KeyHint("Enter", text(.hintVerify))]
    }

    /// What to type, in the words of the chosen method.
    func instruction(_ text: Catalog) -> String {
        switch choice {
        case .method(let method) where method.kind == .totp:
            text(.codeFromApp, ["label": method.label])
        case .method(let method):
            text(.codeFromSMS, ["destination": method.destination ?? method.label])
        case .recoveryCode:
            text(.codeFromRecovery)
        }
    }

    /// After a wrong code: empty the field and put the focus back in it.
    public mutating func clearCode() {
        code.clear()
        recoveryCode = TextFieldState(maxLength: 32)
        focus.focus(.code)
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if focus.handle(event) { return nil }
        switch focus.focused {
        case .code:
            return handleCode(event)
        case .methods:
            if let row = event.clickedRow(of: "methods") {
                // A click chooses the method and goes where it needs you: Send code, or the code.
                methodList.select(row)
                clearCode()
                focus.setOrder(controls)
                focus.focus(controls.contains(.sendCode) ? .sendCode : .code)
            } else if methodList.handle(event) {
                clearCode()
                focus.setOrder(controls)
                focus.focus(.methods)
            } else if event.isActivation {
                focus.focus(.code)
            }
        case .sendCode:
            if event.isActivation, case .method(let method) = choice {
                focus.focus(.code)
                return .sendCode(method: method.id)
            }
        }
        return nil
    }

    private var controls: [Control] {
        if case .method(let method) = choice, method.kind == .sms { [.code, .sendCode, .methods] } else { [.code, .methods] }
    }

    private mutating func handleCode(_ event: Event) -> Intent? {
        switch choice {
        case .method(let method):
            if case .completed(let digits) = code.handle(event) { return .submit(method: method.id, code: digits) }
            if event == .key(.enter), code.isComplete { return .submit(method: method.id, code: code.code) }
        case .recoveryCode:
            if event == .key(.enter), !recoveryCode.text.isEmpty {
                return .submit(method: SubmitCodeRequest.recoveryMethod, code: recoveryCode.text)
            }
            _ = recoveryCode.handle(event)
        }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        let instruction = Paragraph(instruction(text))
        instruction.render(into: &buffer, area: rows.take(instruction.height(width: area.width)))
        rows.skip()
        if case .recoveryCode = choice {
            TextField(recoveryCode, isFocused: focus.isFocused(.code), placeholder: "xxxx-xxxx", id: "code")
                .render(into: &buffer, area: rows.take())
        } else {
            CodeField(code, isFocused: focus.isFocused(.code), id: "code").render(into: &buffer, area: rows.take())
        }
        if focus.order.contains(.sendCode) {
            rows.skip()
            Button(text(.buttonSendCode), isFocused: focus.isFocused(.sendCode), id: "sendCode")
                .render(into: &buffer, area: rows.take())
        }
        rows.skip()
        Label(text(.otherWaysToVerify), style: Style(.muted)).render(into: &buffer, area: rows.take())
        ListView(choices.map { Self.row($0, text) }, state: methodList, isFocused: focus.isFocused(.methods), id: "methods")
            .render(into: &buffer, area: rows.take(choices.count))
    }

    private static func row(_ choice: Choice, _ text: Catalog) -> ListView.Row {
        switch choice {
        case .method(let method) where method.kind == .totp: ListView.Row(text(.kindApp), detail: method.label)
        case .method(let method): ListView.Row(text(.kindSMS), detail: method.destination ?? method.label)
        case .recoveryCode: ListView.Row(text(.recoveryCode))
        }
    }
}
