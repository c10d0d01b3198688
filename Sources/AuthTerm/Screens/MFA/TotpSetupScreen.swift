import FoundationEssentials
import AuthModel
import TerminalUI

/// The `Setup` wizard for an authenticator app: (1) install an app, (2) scan the registration
/// code (drawn with the whole window, so it scans at 80x24) or type the key, (3) enter the app's
/// 6-digit code and `Verify`. What follows the verified code (activation, done) are screens of
/// their own. The forced setup after a reset also offers a phone number instead.
public struct TotpSetupScreen: Equatable, Sendable, ScreenContent {
    public enum Step: Equatable, Sendable { case install, scan, code }
    public enum InstallControl: String, Clickable { case label, next, usePhone }
    public enum Intent: Equatable, Sendable {
        case start(label: String)
        case verify(setup: String, code: String)
        case copySecret(String)
        /// The forced setup, with a phone number for SMS codes instead of an app.
        case usePhone
        /// Leave the wizard.
        case back
    }

    /// The apps the service supports, each for iOS and Android.
    static let apps = ["Google Authenticator", "Microsoft Authenticator", "Twilio Authy"]

    public let purpose: EnrollmentPurpose
    /// The signed-in account; nil during the forced setup, which only allows enrolling.
    public let account: Account?
    public let qrMode: QRView.Mode
    public private(set) var step = Step.install
    public var label: TextFieldState
    public var installFocus: FocusRing<InstallControl>
    public private(set) var setup: TotpSetup?
    public private(set) var qrCode: QRCode?
    public var showsKeyOnly = false
    /// The code drawn with dark and light swapped (`i`), for a terminal that shows it inverted.
    public var invertsCode = false
    public var entry = CodeEntry()

    /// The wizard, the method's default name in the language of `text`.
    public init(purpose: EnrollmentPurpose, account: Account?, qrMode: QRView.Mode, text: Catalog) {
        self.purpose = purpose
        self.account = account
        self.qrMode = qrMode
        label = TextFieldState(Self.defaultLabel(purpose: purpose, account: account, text: text), maxLength: 64)
        installFocus = FocusRing(purpose == .forced ? [.label, .next, .usePhone] : [.label, .next])
    }

    /// `Authenticator app`, numbered when the account has some already; a replacement keeps the old name.
    static func defaultLabel(purpose: EnrollmentPurpose, account: Account?, text: Catalog) -> String {
        if case .replace(let old) = purpose { return old.label }
        let count = account?.mfa.methods.filter { $0.kind == .totp }.count ?? 0
        return count == 0 ? text(.kindApp) : text(.numberedApp, ["app": text(.kindApp), "number": "\(count + 1)"])
    }

    /// Step 2 with the server's enrollment. The code is drawn with low error correction: a screen
    /// is not smudged, and the smaller symbol fits an 80x24 window.
    public mutating func show(_ setup: TotpSetup) {
        self.setup = setup
        qrCode = try? QRCode(encoding: setup.otpauthUri, correction: .low)
        showsKeyOnly = qrCode == nil
        step = .scan
    }

    /// Back to step 1 (the enrollment expired); the name typed stays.
    public mutating func restart() {
        setup = nil
        qrCode = nil
        entry = CodeEntry()
        step = .install
    }

    func title(_ text: Catalog) -> String {
        if case .replace(let old) = purpose { return text(.replaceTitle, ["label": old.label]) }
        return text(.setupTitle)
    }

    var helpTopic: HelpTopic { purpose == .forced ? .setupRequired : .mfaSetup }
    var isTyping: Bool {
        switch step {
        case .install: installFocus.focused == .label
        case .scan: false
        case .code: entry.isTyping
        }
    }

    func hints(_ text: Catalog) -> [KeyHint] {
        let back = KeyHint("Esc", text(purpose == .forced && step == .install ? .hintSignOut : .hintBack))
        return switch step {
        case .install: [KeyHint("Tab", text(.hintNextField)), KeyHint("Enter", text(.hintNext)), back]
        case .scan: [KeyHint("Enter", text(.hintNext)), KeyHint("k", text(showsKeyOnly ? .hintQRCode : .hintKeyOnly)),
                     KeyHint("c", text(.hintCopyKey))] + (showsCodeFullWindow ? [KeyHint("i", text(.hintInvert))] : []) + [back]
        case .code: [KeyHint("Enter", text(.hintVerify)), back]
        }
    }

    /// The scan step draws the registration code with the whole window (`RegistrationCodeView`).
    var showsCodeFullWindow: Bool { step == .scan && !showsKeyOnly && qrCode != nil }

    public mutating func handle(_ event: Event) -> Intent? {
        switch step {
        case .install: return handleInstall(event)
        case .scan: return handleScan(event)
        case .code:
            if event == .key(.escape) {
                step = .scan
                return nil
            }
            guard let setup, let code = entry.handle(event) else { return nil }
            return .verify(setup: setup.setup, code: code)
        }
    }

    private mutating func handleInstall(_ event: Event) -> Intent? {
        if event == .key(.escape) { return .back }
        if installFocus.handle(event) { return nil }
        if installFocus.focused == .usePhone, event.isActivation { return .usePhone }
        if event == .key(.enter) || (installFocus.focused == .next && event.isActivation) {
            let name = label.text.trimmed
            return name.isEmpty ? nil : .start(label: name)
        }
        if installFocus.focused == .label { label.handle(event) }
        return nil
    }

    private mutating func handleScan(_ event: Event) -> Intent? {
        switch event {
        case .key(.escape): step = .install
        case .key(.enter), .click("next"): step = .code
        case .key(.character("k")) where qrCode != nil: showsKeyOnly.toggle()
        case .key(.character("i")) where showsCodeFullWindow: invertsCode.toggle()
        case .key(.character("c")): return setup.map { .copySecret($0.secret) }
        default: break
        }
        return nil
    }

    func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        switch step {
        case .install: renderInstall(into: &buffer, area: area, context: context)
        case .scan:
            if let setup { renderKeyOnly(setup, into: &buffer, area: area, text: context.text) }
        case .code:
            if let setup { renderCode(setup, into: &buffer, area: area, text: context.text) }
        }
    }

    /// The apps, the name, Next; and the service's notices (which app it recommends, say) when
    /// they fit whole.
    private func renderInstall(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let text = context.text
        var rows = RowCursor(area)
        let intro = Paragraph(text(.setupStepInstall))
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        for app in Self.apps {
            let row = rows.take()
            buffer.write("  • " + app, x: row.x, y: row.y, style: .plain, limit: row.maxX)
            buffer.write("iOS, Android", x: row.x + 30, y: row.y, style: Style(.muted), limit: row.maxX)
        }
        rows.skip()
        Label(text(.methodNameLabel)).render(into: &buffer, area: rows.take())
        TextField(label, isFocused: installFocus.isFocused(.label), id: "label").render(into: &buffer, area: rows.take())
        rows.skip()
        Button(text(.buttonNext), isFocused: installFocus.isFocused(.next), id: "next").render(into: &buffer, area: rows.take())
        if installFocus.order.contains(.usePhone) {
            rows.skip()
            Link(text(.usePhoneInstead), isFocused: installFocus.isFocused(.usePhone), id: InstallControl.usePhone.hitID)
                .render(into: &buffer, area: rows.take())
        }
        let notices = ServiceSection(service: context.service, parts: [.notices], width: area.width, leadingBlank: true)
        if notices.height <= area.maxY - rows.y { notices.render(into: &buffer, area: rows.take(notices.height)) }
    }

    private func renderKeyOnly(_ setup: TotpSetup, into buffer: inout Buffer, area: Rect, text: Catalog) {
        var rows = RowCursor(area)
        let intro = Paragraph(text(.setupStepKey))
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        // The key first, stressed; the values line up after the widest name.
        let details = [(text(.keyLabel), SecretGroups.of(setup.secret)), (text(.accountLabel), setup.account),
                       (text(.issuerLabel), setup.issuer)]
        let valueColumn = (details.map { DisplayWidth.of($0.0) }.max() ?? 0) + 3
        for (index, (name, value)) in details.enumerated() {
            let row = rows.take()
            buffer.write(name, x: row.x, y: row.y, style: Style(.muted))
            buffer.write(value, x: row.x + valueColumn, y: row.y, style: index == 0 ? Style(.accent, .bold) : .plain,
                         limit: row.maxX)
        }
        Label(text(.totpParameters, ["digits": "\(setup.digits)", "period": "\(setup.period)"]), style: Style(.muted))
            .render(into: &buffer, area: rows.take())
        rows.skip()
        Button(text(.buttonNext), isFocused: true, id: "next").render(into: &buffer, area: rows.take())
    }

    private func renderCode(_ setup: TotpSetup, into buffer: inout Buffer, area: Rect, text: Catalog) {
        var rows = RowCursor(area)
        let intro = Paragraph(text(.setupStepCode, ["issuer": setup.issuer, "account": setup.account]))
        intro.render(into: &buffer, area: rows.take(intro.height(width: area.width)))
        rows.skip()
        entry.render(text: text, into: &buffer, rows: &rows)
    }
}

/// A secret key in groups of four characters, as people type it: `JBSW Y3DP EHPK 3PXP`.
enum SecretGroups {
    static func of(_ secret: String) -> String {
        let characters = Array(secret)
        return stride(from: 0, to: characters.count, by: 4)
            .map { String(characters[$0..<min($0 + 4, characters.count)]) }
            .joined(separator: " ")
    }
}
