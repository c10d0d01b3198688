import AuthModel
import FoundationEssentials
import TerminalUI

/// `Add phone number`: the number in international form (E.164), then the code sent to it by SMS.
public struct PhoneSetupScreen: Equatable, Sendable, ScreenContent {
    public enum Control: String, Clickable { case phone, label, send }
    public enum Intent: Equatable, Sendable {
        case start(phone: String, label: String)
        case verify(setup: String, code: String)
        case invalidNumber
        case back
    }

    public let purpose: EnrollmentPurpose
    public let account: Account?
    public var phone = TextFieldState(maxLength: 20)
    public var label: TextFieldState
    /// The name the method gets when none is typed.
    public let defaultLabel: String
    public var focus = FocusRing<Control>([.phone, .label, .send])
    /// The enrollment under way, once the SMS was sent.
    public private(set) var setup: PhoneSetup?
    public var entry = CodeEntry()

    /// The form, its default name in the language of `text`.
    public init(purpose: EnrollmentPurpose, account: Account?, text: Catalog) {
        self.purpose = purpose
        self.account = account
        defaultLabel = text(.phoneDefaultLabel)
        if case .replace(let old) = purpose {
            label = TextFieldState(old.label, maxLength: 64)
        } else {
            label = TextFieldState(defaultLabel, maxLength: 64)
        }
    }

    /// The code step, after the server sent the SMS.
    public mutating func show(_ setup: PhoneSetup) {
        self.setup = setup
        entry = CodeEntry()
    }

    /// Back to the number (the enrollment expired).
    public mutating func restart() {
        setup = nil
    }

    func title(_ text: Catalog) -> String {
        if case .replace(let old) = purpose { return text(.replaceTitle, ["label": old.label]) }
        return text(.addPhoneTitle)
    }

    var helpTopic: HelpTopic { .mfaSetup }
    var isTyping: Bool { setup == nil ? focus.focused != .send : entry.isTyping }
    func hints(_ text: Catalog) -> [KeyHint] {
        [KeyHint("Tab", text(.hintNextField)), KeyHint("Enter", text(setup == nil ? .hintSendCode : .hintVerify)),
         KeyHint("Esc", text(.hintBack))]
    }

    /// `+81 3-1234-5678` as `+81312345678`, or nil when it cannot be an international number.
    static func e164(_ text: String) -> String? {
        let number = text.filter { !" -().".contains($0) }
        let digits = number.dropFirst()
        guard number.first == "+", (7...15).contains(digits.count), digits.first != "0",
              digits.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return number
    }

    public mutating func handle(_ event: Event) -> Intent? {
        if let setup {
            if event == .key(.escape) {
                self.setup = nil
                return nil
            }
            return entry.handle(event).map { .verify(setup: setup.setup, code: $0) }
        }
        if event == .key(.escape) { return .back }
        if focus.handle(event) { return nil }
        if event == .key(.enter) || (focus.focused == .send && event.isActivation) {
            guard let number = Self.e164(phone.text) else { return .invalidNumber }
            let name = label.text.trimmed
            return .start(phone: number, label: name.isEmpty ? defaultLabel : name)
        }
        switch focus.focused {
        case .phone: phone.handle(event)
        case .label: label.handle(event)
        case .send: break
        }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        guard let setup else {
            Label(text(.phoneNumberLabel)).render(into: &buffer, area: rows.take())
            TextField(phone, isFocused: focus.isFocused(.phone), placeholder: "+81312345678", id: "phone")
                .render(into: &buffer, area: rows.take())
            Label(text(.phoneNumberHint), style: Style(.muted)).render(into: &buffer, area: rows.take())
            rows.skip()
            Label(text(.methodNameLabel)).render(into: &buffer, area: rows.take())
            TextField(label, isFocused: focus.isFocused(.label), id: "label").render(into: &buffer, area: rows.take())
            rows.skip()
            Button(text(.buttonSendCode), isFocused: focus.isFocused(.send), id: "send").render(into: &buffer, area: rows.take())
            return
        }
        let intro = Paragraph(text(.phoneCodeSent, ["destination": setup.destination]))
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        entry.render(text: text, into: &buffer, rows: &rows)
    }
}
