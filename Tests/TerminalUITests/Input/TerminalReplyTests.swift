import Testing
import TerminalUI

/// The answer to the background-color query (OSC 11), taken out of the keyboard's input.
@Suite struct TerminalReplyTests {
    private func raw(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test func findsTheAnswerAmongTheKeysWithEitherTerminator() {
        for answer in ["\u{1B}]11;rgb:fdfd/f6f6/e3e3\u{1B}\\", "\u{1B}]11;rgb:fdfd/f6f6/e3e3\u{07}"] {
            let (rest, replies) = TerminalReply.extract(raw("a" + answer + "b"))
            #expect(rest == raw("ab"), "the keys around it are kept")
            #expect(replies.count == 1)
            #expect(replies.first?.isLightBackground == true)
        }
    }

    @Test(arguments: [
        ("rgb:0000/0000/0000", false), ("rgb:1c/1c/1c", false), ("rgb:ffff/ffff/ffff", true), ("rgb:f/f/f", true),
        ("rgba:eeee/eeee/eeee/ffff", true), ("rgb:00/2b/36", false),
    ])
    func tellsALightBackgroundFromADarkOne(color: String, light: Bool) {
        let replies = TerminalReply.extract(raw("\u{1B}]11;\(color)\u{1B}\\")).replies
        #expect(replies.map(\.isLightBackground) == [light])
    }

    /// Other OSC strings, malformed answers and one cut short are dropped, never typed.
    @Test func dropsWhatItDoesNotUnderstand() {
        for text in ["\u{1B}]10;rgb:ffff/ffff/ffff\u{07}", "\u{1B}]11;#ffffff\u{07}", "\u{1B}]11;rgb:ffff/ff"] {
            let (rest, replies) = TerminalReply.extract(raw(text))
            #expect(rest.isEmpty && replies.isEmpty, "\(text.debugDescription)")
        }
    }
}
