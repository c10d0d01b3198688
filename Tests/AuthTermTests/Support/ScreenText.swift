import TestSupport

/// Screen text as one line of words: the frames' bars and the breaks of wrapped paragraphs taken
/// out, so that a sentence is found however the box wrapped it.
enum ScreenText {
    static func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "│", with: " ").replacingOccurrences(of: "|", with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension TmuxSession {
    /// Waits until the screen shows `text`, however its lines wrapped it.
    @discardableResult
    func waitForWords(_ text: String) throws -> String {
        do {
            return try waitForScreen { ScreenText.flat($0).contains(text) }
        } catch let failure as Command.Failed {
            throw Command.Failed("waiting for the words “\(text)”: \(failure.description)")
        }
    }
}
