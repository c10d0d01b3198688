import Testing
import TerminalUI

@Suite struct TextFieldStateTests {
    private func typed(_ text: String, into state: inout TextFieldState) {
        for c in text { state.handle(.key(.character(c))) }
    }

    @Test func typingInsertsAtTheCursor() {
        var state = TextFieldState()
        typed("hllo", into: &state)
        state.handle(.key(.home))
        state.handle(.key(.right))
        typed("e", into: &state)
        #expect(state.text == "hello")
        #expect(state.cursor == 2)
    }

    @Test func backspaceAndDeleteEraseAroundTheCursor() {
        var state = TextFieldState("abcd")
        state.handle(.key(.left))
        state.handle(.key(.left))
        state.handle(.key(.backspace))
        #expect(state.text == "acd")
        state.handle(.key(.delete))
        #expect(state.text == "ad")
        #expect(state.cursor == 1)
        state.handle(.key(.home))
        state.handle(.key(.backspace))
        #expect(state.text == "ad")
    }

    @Test func emacsKeys() {
        var state = TextFieldState("alice example com")
        state.handle(.key(.ctrl("w")))
        #expect(state.text == "alice example ")
        state.handle(.key(.ctrl("a")))
        #expect(state.cursor == 0)
        state.handle(.key(.ctrl("e")))
        #expect(state.cursor == 14)
        state.handle(.key(.left))
        state.handle(.key(.ctrl("u")))
        #expect(state.text == " ")
        #expect(state.cursor == 0)
    }

    @Test func maxLengthCutsTypingAndPastes() {
        var state = TextFieldState(maxLength: 5)
        state.handle(.paste("abc\ndefgh"))
        #expect(state.text == "abcde")
        typed("x", into: &state)
        #expect(state.text == "abcde")
    }

    @Test func navigationKeysAreLeftToTheScreen() {
        var state = TextFieldState("x")
        #expect(state.handle(.key(.tab)) == false)
        #expect(state.handle(.key(.enter)) == false)
        #expect(state.handle(.key(.escape)) == false)
        #expect(state.handle(.key(.character("y"))) == true)
    }

    @Test func passwordRevealToggles() {
        var state = PasswordFieldState()
        state.handle(.paste("hunter2"))
        #expect(!state.isRevealed)
        state.handle(.key(PasswordFieldState.revealKey))
        #expect(state.isRevealed)
        #expect(state.text == "hunter2")
    }
}
