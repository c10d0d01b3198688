import Testing
import TerminalUI

@Suite struct CodeFieldStateTests {
    @Test(arguments: ["123456", "123 456", "123-456", " 123 456 "])
    func aPasteFillsTheFieldAndCompletes(paste: String) {
        var state = CodeFieldState()
        #expect(state.handle(.paste(paste)) == .completed("123456"))
        #expect(state.isComplete)
    }

    @Test func typingDigitsCompletesOnTheSixth() {
        var state = CodeFieldState()
        for digit in "12345" {
            #expect(state.handle(.key(.character(digit))) == .changed)
        }
        #expect(state.handle(.key(.character("6"))) == .completed("123456"))
        #expect(state.handle(.key(.character("7"))) == .changed)
        #expect(state.code == "123456")
    }

    @Test func lettersAndMixedPastesAreIgnored() {
        var state = CodeFieldState()
        #expect(state.handle(.key(.character("a"))) == .ignored)
        #expect(state.handle(.paste("12ab34")) == .ignored)
        #expect(state.handle(.key(.tab)) == .ignored)
        #expect(state.code == "")
    }

    @Test func backspaceAndClear() {
        var state = CodeFieldState()
        _ = state.handle(.paste("123"))
        _ = state.handle(.key(.backspace))
        #expect(state.code == "12")
        _ = state.handle(.key(.ctrl("u")))
        #expect(state.code == "")
        _ = state.handle(.paste("12345678"))
        #expect(state.code == "123456")
    }
}
