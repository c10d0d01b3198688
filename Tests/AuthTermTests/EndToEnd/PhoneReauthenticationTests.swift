import Foundation
import TestSupport
import Testing

/// An account whose only method is a phone, asked to confirm it is the owner outside sign-in.
extension EndToEndTests {
    @Test func aPhoneOnlyAccountConfirmsItIsTheOwnerWithATextedCode() async throws {
        let world = try await EndToEnd()
        try await world.enablePhone("+81312345678")
        let terminal = try world.client()
        try EndToEnd.signIn(terminal)
        try terminal.waitFor("Press Send code, then enter the 6-digit code sent to +81")
        var texts = try world.textMessages().count
        try terminal.press("Tab", "Enter", until: "Code sent.")
        try terminal.type(world.newTextMessageCode(after: texts))
        try terminal.waitFor("Welcome, Ada Lovelace.")

        // Later: the password was not proven lately, as the server sees it.
        try world.sql("UPDATE session SET authenticatedAt = NULL")
        try EndToEnd.openMFA(terminal)
        try terminal.press("n", until: "New name")
        try terminal.type(" (work)")
        let dialog = try terminal.press("Enter", until: "Confirm it's you")
        #expect(dialog.contains("< SMS to +81 •••• •••78 >  [ Send code ]"))
        try terminal.type(EndToEnd.password)
        texts = try world.textMessages().count
        try terminal.press("Enter", "Enter", until: "Code sent. It is valid for 10 minutes.")
        try terminal.type(world.newTextMessageCode(after: texts))
        try terminal.press("Enter", until: "Renamed to \"Phone (work)\".")
    }
}
