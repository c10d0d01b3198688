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
    public var focus = FocusRing<Control>([.phone, .label, .send])
    /// The enrollment under way, once the SMS was sent.
    public private(set) var setup: PhoneSetup?
    public var entry = CodeEntry()

    public init(purpose: EnrollmentPurpose, account: Account?) {
        self.purpose = purpose
        self.account = account
        if case .replace(let old) = purpose {
            label = TextFieldState(old.label, maxLength: 64)
        } else {
            label = TextFieldState("Phone", maxLength: 64)
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

    var title: String {
        if case .replace(let old) = purpose { return "Replace \(old.label)" }
        return "Add phone number"
    }

    var helpTopic: HelpTopic { .mfaSetup }
    var isTyping: Bool { setup == nil ? focus.focused != .send : entry.isTyping }
    var hints: [KeyHint] {
        [KeyHint("Tab", "next field"), KeyHint("Enter", setup == nil ? "send code" : "verify"), KeyHint("Esc", "back")]
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
            return .start(phone: number, label: name.isEmpty ? "Phone" : name)
        }
        switch focus.focused {
        case .phone: phone.handle(event)
        case .label: label.handle(event)
        case .send: break
        }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        var rows = RowCursor(area)
        guard let setup else {
            Label("Phone number").render(into: &buffer, area: rows.take())
            TextField(phone, isFocused: focus.isFocused(.phone), placeholder: "+81312345678", id: "phone")
                .render(into: &buffer, area: rows.take())
            Label("+ country code and number, e.g. +81312345678", style: Style(.muted))
                .render(into: &buffer, area: rows.take())
            rows.skip()
            Label("Name for this method").render(into: &buffer, area: rows.take())
            TextField(label, isFocused: focus.isFocused(.label), id: "label").render(into: &buffer, area: rows.take())
            rows.skip()
            Button("Send code", isFocused: focus.isFocused(.send), id: "send").render(into: &buffer, area: rows.take())
            return
        }
        let intro = Paragraph("We sent a 6-digit code by SMS to \(setup.destination). Enter it here.")
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        entry.render(into: &buffer, rows: &rows)
    }
}
